using Easel.Pipeline.Imaging;
using Easel.Pipeline.Style;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Stylize;

/// <summary>The built-in stylizer: one procedural renderer per style, no model needed.</summary>
public sealed class ProceduralStylizer : IStylizer
{
    private readonly Dictionary<string, IStyleRenderer> _renderers;

    public ProceduralStylizer()
        : this([
            new ImpressionismRenderer(), new RealismRenderer(), new FauvismRenderer(), new AbstractRenderer(),
            new UkiyoERenderer(), new ChineseInkRenderer(), new RomanticismRenderer(), new WatercolorRenderer(),
            new PointillismRenderer(),
        ])
    {
    }

    public ProceduralStylizer(IEnumerable<IStyleRenderer> renderers)
    {
        _renderers = renderers.ToDictionary(r => r.Style, StringComparer.Ordinal);
    }

    public string Kind => "procedural";

    public IReadOnlyCollection<string> Styles => _renderers.Keys;

    public Image<Rgba32> Stylize(StylizeRequest request)
    {
        if (!_renderers.TryGetValue(request.Style, out var renderer))
            throw new ArgumentException($"Unknown style '{request.Style}'. Known: {string.Join(", ", StyleNames.All)}.", nameof(request));
        var context = StyleContext.From(request.Merged, request.Sketch, request.Seed, request.Accent);
        var painted = renderer.Render(context);
        ToneGrade.Apply(painted, request.Tone);
        return painted.ToImage();
    }
}
