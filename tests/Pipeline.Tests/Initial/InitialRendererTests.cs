using Easel.Pipeline.Initial;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Text;
using Easel.Pipeline.Tests.Imaging;
using SixLabors.ImageSharp.PixelFormats;
using static Easel.TestHelpers.Scenes;

namespace Easel.Pipeline.Tests.Initial;

public class InitialRendererTests
{
    private static readonly Rgba32 Red = new(220, 30, 30);

    [Fact]
    public void Region_map_covers_every_visible_sprite_pixel_and_nothing_far_away()
    {
        using var assets = new TestAssets(("goose", Red), ("dog", new Rgba32(30, 30, 220)));
        var scene = Of(Thing("goose"), Thing("dog"), Scenery("grass"));
        var layout = new LayoutPlanner().Plan(scene, 256, 256, 4);
        using var initial = new InitialRenderer(assets.Pack).Render(scene, layout, 4);

        var gooseColor = RegionPalette.For(0);
        var dogColor = RegionPalette.For(1);
        Assert.NotEqual(gooseColor, dogColor);
        foreach (var p in layout.Placements)
        {
            var want = p.Element == "goose" ? gooseColor : dogColor;
            // The disc's centre and a point inside its rim are covered with the element's colour.
            var cx = p.X + p.Width / 2;
            var cy = p.Y + p.Height / 2;
            var nearestOnTop = layout.Placements.Where(o => o.Depth > p.Depth).Any(o => cx >= o.X && cx < o.X + o.Width && cy >= o.Y && cy < o.Y + o.Height);
            if (!nearestOnTop) Assert.Equal(want, initial.Regions[cx, cy]);
            Assert.NotEqual(RegionPalette.Background, initial.Regions[p.X + (int)(p.Width * 0.15), cy]);
        }
        // Far from every sprite the map is black.
        Assert.Equal(RegionPalette.Background, initial.Regions[0, 0]);
        var covered = 0;
        for (var y = 0; y < 256; y++)
            for (var x = 0; x < 256; x++)
            {
                var inside = layout.Placements.Any(p => x >= p.X - 3 && x < p.X + p.Width + 3 && y >= p.Y - 3 && y < p.Y + p.Height + 3);
                if (!inside) Assert.Equal(RegionPalette.Background, initial.Regions[x, y]);
                else if (!initial.Regions[x, y].Equals(RegionPalette.Background)) covered++;
            }
        Assert.True(covered > 0);
    }

    [Fact]
    public void Sprites_are_drawn_into_the_initial_image()
    {
        using var assets = new TestAssets(("goose", Red));
        var scene = Of(Thing("goose"), Scenery("grass"));
        var layout = new LayoutPlanner().Plan(scene, 256, 256, 4);
        using var initial = new InitialRenderer(assets.Pack).Render(scene, layout, 4);
        var p = layout.Placements.Single();
        var centre = initial.Image[p.X + p.Width / 2, p.Y + p.Height / 2];
        Assert.True(centre.R > 180 && centre.G < 80 && centre.B < 80, $"expected the red sprite, got {centre}");
    }

    [Fact]
    public void An_element_without_an_asset_is_not_drawn_and_has_no_region()
    {
        using var assets = new TestAssets();
        var scene = Of(Thing("unicorn"), Scenery("grass"));
        var layout = new LayoutPlanner().Plan(scene, 128, 128, 4);
        using var initial = new InitialRenderer(assets.Pack).Render(scene, layout, 4);
        Assert.Equal(0, CountNonBlack(initial.Regions));
    }

    [Fact]
    public void Same_seed_gives_identical_bytes()
    {
        using var assets = new TestAssets(("horse", Red));
        var scene = Of(Thing("horse", 2), Scenery("grass"), Scenery("sunset"), Scenery("cloud"), Scenery("rain"));
        var layout = new LayoutPlanner().Plan(scene, 200, 160, 11);
        using var a = new InitialRenderer(assets.Pack).Render(scene, layout, 11);
        using var b = new InitialRenderer(assets.Pack).Render(scene, layout, 11);
        Assert.Equal(Pixels.Bytes(a.Image), Pixels.Bytes(b.Image));
        Assert.Equal(Pixels.Bytes(a.Regions), Pixels.Bytes(b.Regions));
        using var c = new InitialRenderer(assets.Pack).Render(scene, layout, 12);
        Assert.NotEqual(Pixels.Bytes(a.Image), Pixels.Bytes(c.Image));
    }

    public static TheoryData<string> Backgrounds => new(BackgroundNames.All);

    [Theory]
    [MemberData(nameof(Backgrounds))]
    public void Every_background_name_renders_a_textured_picture(string name)
    {
        using var assets = new TestAssets();
        var scene = Of(Scenery(name));
        var layout = new LayoutPlanner().Plan(scene, 128, 128, 3);
        using var initial = new InitialRenderer(assets.Pack).Render(scene, layout, 3);
        // Never a flat fill: the sky and the land each vary.
        Assert.True(Pixels.LumaSpread(initial.Image, (_, y) => y < layout.HorizonY) > 0.005, "flat sky");
        Assert.True(Pixels.LumaSpread(initial.Image, (_, y) => y > layout.HorizonY + 2) > 0.01, "flat land");
        var sky = Pixels.Mean(initial.Image, (_, y) => y < layout.HorizonY / 2);
        var land = Pixels.Mean(initial.Image, (_, y) => y > layout.HorizonY + 4);
        Assert.NotEqual(sky, land);
    }

    [Fact]
    public void Night_is_darker_than_day_and_sunset_is_warmer()
    {
        using var assets = new TestAssets();
        double Luma(SceneDescription s) => Render(s, assets, out var image) is var _ ? Easel.TestHelpers.Luma.Mean(image) : 0;
        var day = Luma(Of(Scenery("grass")));
        var night = Luma(Of(Scenery("grass"), Scenery("night")));
        Assert.True(night < day * 0.5, $"night {night:F3} vs day {day:F3}");

        Render(Of(Scenery("grass")), assets, out var dayImage);
        Render(Of(Scenery("grass"), Scenery("sunset")), assets, out var sunsetImage);
        var d = Pixels.Mean(dayImage, (_, _) => true);
        var s = Pixels.Mean(sunsetImage, (_, _) => true);
        Assert.True(s.R - s.B > d.R - d.B + 0.1, "sunset light is warmer");
    }

    [Fact]
    public void The_sea_is_blue_below_the_horizon_and_snow_is_white()
    {
        using var assets = new TestAssets();
        var sea = Render(Of(Scenery("sea")), assets, out var seaImage);
        var water = Pixels.Mean(seaImage, (_, y) => y > sea.HorizonY + 10);
        Assert.True(water.B > water.R + 0.1, $"sea {water}");

        var snow = Render(Of(Scenery("snow")), assets, out var snowImage);
        var ground = Pixels.Mean(snowImage, (_, y) => y > snow.HorizonY + 10);
        Assert.True(Pixels.Luma(ground) > 0.75, $"snow {ground}");
    }

    [Theory]
    [InlineData("a snowman with a red scarf")]
    [InlineData("a skier")]
    public void A_scene_set_in_snow_by_its_things_has_snow_on_the_ground(string prompt)
    {
        using var assets = new TestAssets();
        var scene = new TextAnalyzer().Analyze(prompt);
        Assert.Equal("snow", scene.Setting);
        var layout = Render(scene, assets, out var image);
        var ground = Pixels.Mean(image, (_, y) => y > layout.HorizonY + 10);
        Assert.True(Pixels.Luma(ground) > 0.75, $"ground {ground}");
    }

    private static SceneLayout Render(SceneDescription scene, TestAssets assets, out SixLabors.ImageSharp.Image<Rgba32> image)
    {
        var layout = new LayoutPlanner().Plan(scene, 128, 128, 3);
        var initial = new InitialRenderer(assets.Pack).Render(scene, layout, 3);
        initial.Regions.Dispose();
        image = initial.Image;
        return layout;
    }

    private static int CountNonBlack(SixLabors.ImageSharp.Image<Rgba32> image)
    {
        var n = 0;
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                if (image[x, y].R + image[x, y].G + image[x, y].B > 0) n++;
        return n;
    }
}
