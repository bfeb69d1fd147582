using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Stylize;

/// <summary>The built-in stylizer: one procedural renderer per style, no model needed.</summary>
public sealed class ProceduralStylizer : IStylizer
{
    public string Kind => "procedural";

    public Image<Rgba32> Stylize(StylizeRequest request)
    {
        // Placeholder until the stylize stage lands.
        return request.Merged.Clone();
    }
}
