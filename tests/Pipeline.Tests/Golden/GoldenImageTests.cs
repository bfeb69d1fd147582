using Easel.Pipeline.Background;
using Easel.Pipeline.Foreground;
using Easel.Pipeline.Initial;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Sketch;
using Easel.Pipeline.Style;
using Easel.Pipeline.Stylize;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static Easel.TestHelpers.Scenes;

namespace Easel.Pipeline.Tests.Golden;

/// <summary>
/// One small reference picture per stage and per procedural style (Golden/Reference/), so that a change to any
/// picture is seen and made on purpose. Each stage gets a fixed input: the composition stages a hand-built scene
/// (so text analysis can change without touching them) with the real emoji pack; the sketch and the styles the
/// code-drawn seascape (so a change upstream does not ripple into nine style references). The styles take a
/// sketch drawn by a plain gradient threshold here, not the Sketcher's, for the same reason.
/// </summary>
public sealed class GoldenImageTests(GoldenImageTests.Composition composition) : IClassFixture<GoldenImageTests.Composition>
{
    private const int Size = 128;
    private const int Seed = 11;

    /// <summary>The composition stages run once, in the orchestration's order: layout -> initial -> inpaint, foreground -> merge.</summary>
    public sealed class Composition : IDisposable
    {
        public Composition()
        {
            Scene = Of(Thing("goose"), Thing("sailboat"), Scenery("lake"), Scenery("grass"), Scenery("mountain"), Scenery("sunset"), Scenery("cloud"));
            var layout = new LayoutPlanner().Plan(Scene, Size, Size, Seed);
            Initial = new InitialRenderer(AssetPack.Default).Render(Scene, layout, Seed);
            using var mask = RegionMask.FromRegions(Initial.Regions);
            Background = new Inpainter().Inpaint(Initial.Image, mask);
            var renderer = new ForegroundRenderer(AssetPack.Default);
            Sprites = Scene.Foreground.ToDictionary(e => e.Name,
                e => renderer.Render(e.Name, layout.Placements.Where(p => p.Element == e.Name).Max(p => p.Width))!);
            Merged = new Merger().Merge(Background, layout, Sprites, Scene);
        }

        public SceneDescription Scene { get; }
        public InitialImage Initial { get; }
        public Image<Rgba32> Background { get; }
        public Dictionary<string, Image<Rgba32>> Sprites { get; }
        public Image<Rgba32> Merged { get; }

        public void Dispose()
        {
            Initial.Dispose();
            Background.Dispose();
            foreach (var sprite in Sprites.Values) sprite.Dispose();
            Merged.Dispose();
        }
    }

    [Fact]
    public void Initial_matches_the_reference() =>
        ReferenceImages.AssertMatches(composition.Initial.Image, "initial.png", GoldenTolerance.Default);

    [Fact]
    public void Regions_match_the_reference() =>
        ReferenceImages.AssertMatches(composition.Initial.Regions, "regions.png", GoldenTolerance.Default);

    [Fact]
    public void Background_matches_the_reference() =>
        ReferenceImages.AssertMatches(composition.Background, "background.png", GoldenTolerance.Default);

    [Fact]
    public void Foreground_matches_the_reference()
    {
        // At the reference size rather than the layout's (a few dozen pixels), so the picture says something.
        using var sprite = new ForegroundRenderer(AssetPack.Default).Render("goose", Size)!;
        ReferenceImages.AssertMatches(sprite, "foreground-goose.png", GoldenTolerance.Default);
    }

    [Fact]
    public void Merged_matches_the_reference() =>
        ReferenceImages.AssertMatches(composition.Merged, "merged.png", GoldenTolerance.Default);

    [Fact]
    public void Sketch_matches_the_reference()
    {
        using var seascape = SyntheticScene.Seascape(Size);
        using var sketch = new Sketcher().Sketch(seascape);
        using var rgba = sketch.CloneAs<Rgba32>();
        ReferenceImages.AssertMatches(rgba, "sketch.png", GoldenTolerance.Default);
    }

    public static TheoryData<string> Styles() => new(StyleNames.All);

    [Theory]
    [MemberData(nameof(Styles))]
    public void Procedural_style_matches_the_reference(string style)
    {
        using var seascape = SyntheticScene.Seascape(Size);
        using var sketch = GradientSketch(seascape);
        using var target = new ProceduralStylizer().Stylize(new StylizeRequest(seascape, sketch, style, Tone.Neutral, Seed));
        ReferenceImages.AssertMatches(target, $"style-{style}.png", GoldenTolerance.Default);
    }

    /// <summary>Dark lines where the colour changes sharply between neighbours, white paper elsewhere.</summary>
    private static Image<L8> GradientSketch(Image<Rgba32> image)
    {
        var sketch = new Image<L8>(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
            {
                var here = image[x, y];
                var right = image[Math.Min(image.Width - 1, x + 1), y];
                var below = image[x, Math.Min(image.Height - 1, y + 1)];
                var edge = Math.Abs(here.R - right.R) + Math.Abs(here.G - right.G) + Math.Abs(here.B - right.B)
                           + Math.Abs(here.R - below.R) + Math.Abs(here.G - below.G) + Math.Abs(here.B - below.B);
                sketch[x, y] = new L8(edge > 90 ? (byte)40 : (byte)255);
            }
        return sketch;
    }
}
