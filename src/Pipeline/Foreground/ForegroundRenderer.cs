using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Easel.Pipeline.Foreground;

/// <summary>Produces one element's RGBA image at the size the layout needs.</summary>
public sealed class ForegroundRenderer(AssetPack assets)
{
    /// <returns>The element's image, or null when no asset exists for it.</returns>
    public Image<Rgba32>? Render(string element, int size)
    {
        var image = assets.Load(element);
        image?.Mutate(c => c.Resize(size, size, KnownResamplers.Lanczos3));
        return image;
    }
}
