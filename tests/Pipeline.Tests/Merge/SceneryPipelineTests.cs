using Easel.Pipeline.Background;
using Easel.Pipeline.Foreground;
using Easel.Pipeline.Initial;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Tests.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static Easel.TestHelpers.Scenes;

namespace Easel.Pipeline.Tests.Merge;

/// <summary>The image stages chained as the orchestration chains them: layout -> initial -> inpaint || foreground -> merge.</summary>
public class SceneryPipelineTests
{
    [Theory]
    [InlineData(64, 64)]
    [InlineData(300, 100)]
    [InlineData(100, 300)]
    [InlineData(257, 193)]
    public void Odd_sizes_run_through_every_stage(int width, int height)
    {
        using var assets = new TestAssets(("sailboat", new Rgba32(240, 200, 40)), ("dog", new Rgba32(150, 90, 40)), ("bird", new Rgba32(40, 40, 40)));
        var scene = Of(Thing("sailboat"), Thing("dog"), Thing("bird", 2), Scenery("sea"), Scenery("beach"), Scenery("sunset"), Scenery("fog"));
        var layout = new LayoutPlanner().Plan(scene, width, height, 8);
        using var initial = new InitialRenderer(assets.Pack).Render(scene, layout, 8);
        using var mask = RegionMask.FromRegions(initial.Regions);
        using var background = new Inpainter().Inpaint(initial.Image, mask);
        var renderer = new ForegroundRenderer(assets.Pack);
        var sprites = scene.Foreground.ToDictionary(e => e.Name, e => renderer.Render(e.Name, layout.Placements.Where(p => p.Element == e.Name).Max(p => p.Width))!);
        try
        {
            using var merged = new Merger().Merge(background, layout, sprites, scene);
            Assert.Equal(width, merged.Width);
            Assert.Equal(height, merged.Height);
            Assert.Equal(width, initial.Regions.Width);
        }
        finally
        {
            foreach (var s in sprites.Values) s.Dispose();
        }
    }

    [Fact]
    public void Removing_the_sprites_and_merging_them_back_gives_them_back()
    {
        using var assets = new TestAssets(("goose", new Rgba32(230, 230, 230)));
        var scene = Of(Thing("goose"), Scenery("grass"));
        var layout = new LayoutPlanner().Plan(scene, 256, 256, 2);
        using var initial = new InitialRenderer(assets.Pack).Render(scene, layout, 2);
        using var mask = RegionMask.FromRegions(initial.Regions);
        using var background = new Inpainter().Inpaint(initial.Image, mask);
        var p = layout.Placements.Single();
        var centre = new Point(p.X + p.Width / 2, p.Y + p.Height / 2);
        // The background lost the white goose (grass now), the merge puts it back.
        Assert.True(background[centre.X, centre.Y].G > background[centre.X, centre.Y].B + 20, $"background {background[centre.X, centre.Y]}");
        using var sprite = new ForegroundRenderer(assets.Pack).Render("goose", p.Width)!;
        using var merged = new Merger().Merge(background, layout, new Dictionary<string, Image<Rgba32>> { ["goose"] = sprite }, scene);
        var c = merged[centre.X, centre.Y];
        Assert.True(c.R > 200 && c.G > 200 && c.B > 190, $"merged {c}");
    }
}
