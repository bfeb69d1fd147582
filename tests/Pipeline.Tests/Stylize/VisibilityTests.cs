using Easel.Pipeline.Background;
using Easel.Pipeline.Foreground;
using Easel.Pipeline.Initial;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Sketch;
using Easel.Pipeline.Style;
using Easel.Pipeline.Stylize;
using Easel.Pipeline.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Stylize;

/// <summary>
/// Every foreground element is still there to see in target.png, in every style: over the pixels the element
/// covers, the painting differs clearly from the same painting of the scene without it (its background, painted
/// in the same style). The hard cases are in the list: a white goose on snow, a dark cat at night, small things
/// on a table, a flier in a pale sky.
/// </summary>
public sealed class VisibilityTests
{
    private const int Size = 256;

    /// <summary>Mean difference per channel (0..255) an element must make where it stands.</summary>
    private const double Clear = 14;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        string[] prompts = ["a white goose on the snow", "a black cat at night", "a dog right of a teddy bear", "three cups on a table", "a butterfly above a rose"];
        foreach (var prompt in prompts)
            foreach (var style in StyleNames.All)
                data.Add(prompt, style);
        return data;
    }


    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_element_stands_out_in_every_style(string prompt, string style)
    {
        var scene = new TextAnalyzer().Analyze(prompt);
        var layout = new LayoutPlanner().Plan(scene, Size, Size, 5);
        using var initial = new InitialRenderer(AssetPack.Default).Render(scene, layout, 5);
        using var mask = RegionMask.FromRegions(initial.Regions);
        using var background = new Inpainter().Inpaint(initial.Image, mask);
        var renderer = new ForegroundRenderer(AssetPack.Default);
        var sprites = scene.Foreground.ToDictionary(e => e.Name, e => renderer.Render(e.Name, layout.Placements.Where(p => p.Element == e.Name).Max(p => p.Width))!);
        try
        {
            // As the pipeline does: the merge records each figure's matte, and the sketch draws its outline from it.
            var mattes = new ElementMattes(Size, Size);
            using var merged = new Merger().Merge(background, layout, sprites, scene, mattes);
            var stylizer = new ProceduralStylizer();
            var sketcher = new Sketcher();
            using var target = Paint(stylizer, sketcher, merged, mattes, style);
            using var empty = Paint(stylizer, sketcher, background, null, style);
            var names = scene.Foreground.Select(e => e.Name).Distinct().ToList();
            foreach (var (name, label) in names.Select((n, i) => (n, i)))
            {
                var color = RegionPalette.For(label);
                double sum = 0;
                var n = 0;
                for (var y = 0; y < Size; y++)
                    for (var x = 0; x < Size; x++)
                    {
                        if (initial.Regions[x, y] != color) continue;
                        var a = target[x, y];
                        var b = empty[x, y];
                        sum += (Math.Abs(a.R - b.R) + Math.Abs(a.G - b.G) + Math.Abs(a.B - b.B)) / 3.0;
                        n++;
                    }
                Assert.True(n > 50, $"{name} covers only {n} pixels");
                Assert.True(sum / n > Clear, $"{name} in {style}: differs by {sum / n:F1} from the painting without it");
            }
        }
        finally
        {
            foreach (var s in sprites.Values) s.Dispose();
        }
    }

    private static Image<Rgba32> Paint(ProceduralStylizer stylizer, Sketcher sketcher, Image<Rgba32> merged, ElementMattes? mattes, string style)
    {
        using var sketch = sketcher.Sketch(merged, mattes);
        return stylizer.Stylize(new StylizeRequest(merged, sketch, style, Tone.Neutral, 5));
    }
}
