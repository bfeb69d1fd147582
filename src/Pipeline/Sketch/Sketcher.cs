using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Easel.Pipeline.Sketch;

/// <summary>Turns the merged image into line art (white paper, dark lines), dropping small detail.</summary>
public sealed class Sketcher
{
    public Image<L8> Sketch(Image<Rgba32> merged)
    {
        // Placeholder until the sketch stage lands: plain edge detection.
        var gray = merged.CloneAs<L8>();
        gray.Mutate(c => c.DetectEdges().Invert());
        return gray;
    }
}
