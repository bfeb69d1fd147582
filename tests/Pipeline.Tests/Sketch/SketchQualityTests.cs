using Easel.Pipeline.Background;
using Easel.Pipeline.Foreground;
using Easel.Pipeline.Initial;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Sketch;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit.Abstractions;
using static Easel.TestHelpers.Scenes;

namespace Easel.Pipeline.Tests.Sketch;

/// <summary>
/// What a person checks on a sketch, on real scenes (procedural scenery, emoji figures, the real merge): every
/// figure's outline is closed, and textured scenery (stars, ripples, grass, snow) is not drawn mark by mark.
/// </summary>
public sealed class SketchQualityTests(ITestOutputHelper output)
{
    private const int Size = 512;

    public static TheoryData<string[], int> FigureScenes => new()
    {
        { ["horse:2", "grass", "sunset"], 9 },
        { ["fox", "snow", "forest", "night", "star"], 8 },
        { ["sailboat", "sea", "sun", "cloud"], 3 },
        { ["goose", "dog", "grass"], 1 },
        { ["cat", "tree", "grass"], 14 },
        { ["bird:3", "mountain", "fog"], 7 },
    };

    [Theory]
    [MemberData(nameof(FigureScenes))]
    public void Every_figure_outline_is_closed(string[] names, int seed)
    {
        var (merged, mattes) = Paint(names, seed);
        using var _ = merged;
        var ink = new Sketcher().Lines(Easel.Pipeline.Imaging.RgbPlanes.FromImage(merged), mattes);
        Assert.True(mattes.Count > 0, "no figure was drawn");
        for (var label = 1; label <= mattes.Count; label++)
        {
            // The matte boundary: pixels of this figure next to the background or a further figure.
            int boundary = 0, covered = 0;
            for (var y = 1; y < Size - 1; y++)
                for (var x = 1; x < Size - 1; x++)
                {
                    var i = y * Size + x;
                    if (mattes.Labels[i] != label) continue;
                    var edge = mattes.Labels[i - 1] < label || mattes.Labels[i + 1] < label || mattes.Labels[i - Size] < label || mattes.Labels[i + Size] < label;
                    if (!edge) continue;
                    boundary++;
                    if (ink[i] >= 0.5f) covered++;
                }
            if (boundary == 0) continue; // wholly hidden behind a nearer figure
            var closure = covered / (double)boundary;
            output.WriteLine($"{string.Join(' ', names)}: figure {label}: {boundary} boundary px, closure {closure:P1}");
            Assert.True(closure >= 0.95, $"figure {label}: only {closure:P1} of its outline is drawn");
        }
    }

    public static TheoryData<string[], int, float, float> TexturedBands => new()
    {
        // scenery, seed, band top and bottom (fractions of the height)
        { ["sea", "sky"], 2, 0.62f, 0.98f },                 // ripples and glitter
        { ["grass", "sky"], 1, 0.7f, 0.98f },               // grass blades and flowers
        { ["snow", "night", "star"], 8, 0.04f, 0.4f },      // a star field with snowflakes
        { ["snow", "night", "star"], 8, 0.7f, 0.98f },      // snowflakes on snowy ground
        { ["rain", "city", "night"], 5, 0.85f, 0.98f },     // rain on a wet street
        { ["desert", "sun"], 13, 0.72f, 0.98f },            // sand ripples
    };

    [Theory]
    [MemberData(nameof(TexturedBands))]
    public void Textured_scenery_is_not_drawn_mark_by_mark(string[] names, int seed, float top, float bottom)
    {
        var (merged, mattes) = Paint(names, seed);
        using var _ = merged;
        var ink = new Sketcher().Lines(Easel.Pipeline.Imaging.RgbPlanes.FromImage(merged), mattes);
        int total = 0, inked = 0;
        for (var y = (int)(top * Size); y < (int)(bottom * Size); y++)
            for (var x = 0; x < Size; x++)
            {
                total++;
                if (ink[y * Size + x] >= 0.3f) inked++;
            }
        var density = inked / (double)total;
        output.WriteLine($"{string.Join(' ', names)} [{top}..{bottom}]: {density:P2} of the band is line");
        // A band crossed by a few structure lines (a shore, a dune ridge) stays under 1.5%; one line per mark was 3-10%.
        Assert.True(density < 0.015, $"{density:P2} of the textured band is line");
    }

    /// <summary>Compose, inpaint, render the figures and merge, as the orchestration does.</summary>
    private static (Image<Rgba32> Merged, ElementMattes Mattes) Paint(string[] names, int seed)
    {
        var elements = names.Select(n =>
        {
            var parts = n.Split(':');
            var count = parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
            return BackgroundNames.IsBackground(parts[0]) ? Scenery(parts[0]) : Thing(parts[0], count);
        }).ToArray();
        var scene = Of(elements);
        var assets = AssetPack.Default;
        var layout = new LayoutPlanner().Plan(scene, Size, Size, seed);
        using var initial = new InitialRenderer(assets).Render(scene, layout, seed);
        using var mask = RegionMask.FromRegions(initial.Regions);
        using var background = new Inpainter().Inpaint(initial.Image, mask);
        var renderer = new ForegroundRenderer(assets);
        var sprites = new Dictionary<string, Image<Rgba32>>();
        try
        {
            foreach (var e in scene.Foreground)
            {
                var width = layout.Placements.Where(p => p.Element == e.Name).Select(p => p.Width).DefaultIfEmpty(0).Max();
                if (width > 0 && renderer.Render(e.Name, width) is { } sprite) sprites[e.Name] = sprite;
            }
            var mattes = new ElementMattes(Size, Size);
            var merged = new Merger().Merge(background, layout, sprites, scene, mattes);
            return (merged, mattes);
        }
        finally
        {
            foreach (var s in sprites.Values) s.Dispose();
        }
    }
}
