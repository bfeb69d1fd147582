using Easel.Pipeline.Background;
using Easel.Pipeline.Foreground;
using Easel.Pipeline.Initial;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Sketch;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static Easel.TestHelpers.Scenes;

namespace Easel.Benchmarks;

/// <summary>
/// Every stage's input for one fixed scene at one size, made once by running the stages in the orchestration's
/// order (as the golden tests do at 128 px), so each stage benchmark times that stage alone on a real picture.
/// </summary>
public sealed class StageScene : IDisposable
{
    public const int Seed = 11;

    public StageScene(int size)
    {
        Scene = Of(Thing("goose"), Thing("sailboat"), Scenery("lake"), Scenery("grass"), Scenery("mountain"), Scenery("sunset"), Scenery("cloud"));
        Layout = new LayoutPlanner().Plan(Scene, size, size, Seed);
        Initial = new InitialRenderer(AssetPack.Default).Render(Scene, Layout, Seed);
        Mask = RegionMask.FromRegions(Initial.Regions);
        Background = new Inpainter().Inpaint(Initial.Image, Mask);
        var renderer = new ForegroundRenderer(AssetPack.Default);
        Sprites = Scene.Foreground.ToDictionary(e => e.Name,
            e => renderer.Render(e.Name, Layout.Placements.Where(p => p.Element == e.Name).Max(p => p.Width))!);
        Mattes = new ElementMattes(size, size);
        Merged = new Merger().Merge(Background, Layout, Sprites, Scene, Mattes);
        Sketch = new Sketcher().Sketch(Merged, Mattes);
    }

    public SceneDescription Scene { get; }
    public SceneLayout Layout { get; }
    public InitialImage Initial { get; }
    public Image<L8> Mask { get; }
    public Image<Rgba32> Background { get; }
    public Dictionary<string, Image<Rgba32>> Sprites { get; }
    public ElementMattes Mattes { get; }
    public Image<Rgba32> Merged { get; }
    public Image<L8> Sketch { get; }

    public void Dispose()
    {
        Initial.Dispose();
        Mask.Dispose();
        Background.Dispose();
        foreach (var sprite in Sprites.Values) sprite.Dispose();
        Merged.Dispose();
        Sketch.Dispose();
    }
}
