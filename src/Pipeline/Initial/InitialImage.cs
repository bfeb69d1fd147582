using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Initial;

/// <summary>The first rendering of the whole scene, and which pixels each foreground element covers.</summary>
/// <param name="Regions">Colour-coded region map: black is background, each element has its own colour.</param>
public sealed record InitialImage(Image<Rgba32> Image, Image<Rgba32> Regions) : IDisposable
{
    public void Dispose()
    {
        Image.Dispose();
        Regions.Dispose();
    }
}
