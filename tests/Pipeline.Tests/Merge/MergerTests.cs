using Easel.Pipeline.Layout;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Tests.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static Easel.TestHelpers.Scenes;

namespace Easel.Pipeline.Tests.Merge;

public class MergerTests
{
    private static readonly Rgba32 Grey = new(120, 140, 110);

    private static Image<Rgba32> HalfAndHalf(int size)
    {
        // Left half red, right half blue, opaque; a transparent border.
        var image = new Image<Rgba32>(size, size);
        for (var y = 4; y < size - 4; y++)
            for (var x = 4; x < size - 4; x++)
                image[x, y] = x < size / 2 ? new Rgba32(230, 20, 20) : new Rgba32(20, 20, 230);
        return image;
    }

    private static SceneLayout OneAt(string element, int x, int y, int size, bool mirrored, int height = 200) =>
        new(200, height, 100, [new Placement(element, 0, x, y, size, size, mirrored, 0)]);

    [Fact]
    public void The_sprite_appears_at_its_placement_with_alpha()
    {
        using var background = new Image<Rgba32>(200, 200, Grey);
        using var sprite = TestAssets.Disc(64, new Rgba32(20, 200, 40));
        var scene = Of(Thing("goose"), Scenery("grass"));
        using var merged = new Merger().Merge(background, OneAt("goose", 60, 110, 64, false), new Dictionary<string, Image<Rgba32>> { ["goose"] = sprite }, scene);
        var centre = merged[60 + 32, 110 + 32];
        Assert.InRange(centre.G, 185, 255);
        Assert.InRange(centre.R, 0, 60);
        // Transparent corners show the background.
        Assert.Equal(Grey, merged[61, 111]);
        // Far from the sprite nothing changed.
        Assert.Equal(Grey, merged[5, 5]);
    }

    [Fact]
    public void A_mirrored_placement_flips_the_sprite()
    {
        using var background = new Image<Rgba32>(200, 200, Grey);
        using var sprite = HalfAndHalf(64);
        var scene = Of(Thing("goose"), Scenery("grass"));
        var images = new Dictionary<string, Image<Rgba32>> { ["goose"] = sprite };
        using var plain = new Merger().Merge(background, OneAt("goose", 60, 110, 64, false), images, scene);
        using var flipped = new Merger().Merge(background, OneAt("goose", 60, 110, 64, true), images, scene);
        Assert.True(plain[60 + 16, 140].R > 180);
        Assert.True(flipped[60 + 16, 140].B > 180);
        Assert.True(flipped[60 + 48, 140].R > 180);
    }

    [Fact]
    public void Standing_elements_cast_a_soft_shadow_and_fliers_do_not()
    {
        using var background = new Image<Rgba32>(200, 200, Grey);
        using var sprite = TestAssets.Disc(64, new Rgba32(20, 200, 40));
        var images = new Dictionary<string, Image<Rgba32>> { ["dog"] = sprite, ["bird"] = sprite };
        using var dog = new Merger().Merge(background, OneAt("dog", 60, 120, 64, false), images, Of(Thing("dog"), Scenery("grass")));
        using var bird = new Merger().Merge(background, OneAt("bird", 60, 20, 64, false), images, Of(Thing("bird"), Scenery("grass")));
        // Just under the disc's lowest point.
        var below = dog[92, 120 + 58];
        Assert.True(below.G < Grey.G - 10, $"no shadow under the dog: {below}");
        var belowBird = bird[92, 20 + 62];
        Assert.Equal(Grey, belowBird);
    }

    [Fact]
    public void The_light_of_the_scene_falls_on_the_sprite()
    {
        using var background = new Image<Rgba32>(200, 200, Grey);
        using var sprite = TestAssets.Disc(64, new Rgba32(200, 200, 200));
        var images = new Dictionary<string, Image<Rgba32>> { ["goose"] = sprite };
        var layout = OneAt("goose", 60, 110, 64, false);
        using var day = new Merger().Merge(background, layout, images, Of(Thing("goose"), Scenery("grass")));
        using var night = new Merger().Merge(background, layout, images, Of(Thing("goose"), Scenery("grass"), Scenery("night")));
        using var sunset = new Merger().Merge(background, layout, images, Of(Thing("goose"), Scenery("grass"), Scenery("sunset")));
        var d = day[92, 142];
        var n = night[92, 142];
        var s = sunset[92, 142];
        Assert.True(n.R + n.G + n.B < (d.R + d.G + d.B) * 0.7, $"night {n} vs day {d}");
        Assert.True(n.B > n.R, "moonlight is bluish");
        Assert.True(s.R > s.B + 30, $"sunset light is warm: {s}");
    }

    [Fact]
    public void Merging_is_deterministic()
    {
        using var background = new Image<Rgba32>(200, 200, Grey);
        using var sprite = TestAssets.Disc(64, new Rgba32(200, 120, 40));
        var images = new Dictionary<string, Image<Rgba32>> { ["sailboat"] = sprite };
        var scene = Of(Thing("sailboat"), Scenery("sea"), Scenery("fog"));
        var layout = OneAt("sailboat", 60, 80, 64, true);
        using var a = new Merger().Merge(background, layout, images, scene);
        using var b = new Merger().Merge(background, layout, images, scene);
        Assert.Equal(Pixels.Bytes(a), Pixels.Bytes(b));
    }
}
