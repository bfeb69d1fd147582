using Easel.Pipeline.Imaging;
using Easel.Pipeline.Initial;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Text;
using static Easel.TestHelpers.Scenes;

namespace Easel.Pipeline.Tests.Initial;

/// <summary>
/// What the text excludes is painted by no painter, including what the painters draw by themselves (the sun on a
/// clear day, the moon and stars at night, clouds, lily pads on a pond, palms on an island, the far hills).
/// </summary>
public sealed class NegationTests
{
    private const int Size = 256;

    private static RgbPlanes Paint(SceneDescription scene)
    {
        var layout = new LayoutPlanner().Plan(scene, Size, Size, 3);
        return SceneryRenderer.Paint(scene, layout, 3).Canvas;
    }

    private static SceneDescription Without(SceneDescription scene, params string[] names) => scene with { Negated = names };

    /// <summary>How many pixels of a rectangle are brighter than a luma threshold.</summary>
    private static int Bright(RgbPlanes canvas, int x0, int y0, int x1, int y1, float threshold)
    {
        var n = 0;
        for (var y = Math.Max(0, y0); y < Math.Min(canvas.Height, y1); y++)
            for (var x = Math.Max(0, x0); x < Math.Min(canvas.Width, x1); x++)
                if (canvas.Get(x, y).Luma > threshold) n++;
        return n;
    }

    private static (int X, int Y) Light(SceneDescription scene, RgbPlanes canvas)
    {
        var layout = new LayoutPlanner().Plan(scene, Size, Size, 3);
        var a = Atmosphere.For(scene, layout.HorizonY / (float)Size);
        return ((int)(a.LightX * canvas.Width), (int)(a.LightY * canvas.Height));
    }

    [Fact]
    public void No_sun_disc_when_the_text_excludes_the_sun()
    {
        var scene = Of(Scenery("grass"), Scenery("sky"));
        var with = Paint(scene);
        var (x, y) = Light(scene, with);
        var without = Paint(Without(scene, "sun"));
        Assert.True(with.Get(x, y).Luma > 0.95f, "the default sky has a sun disc");
        Assert.True(without.Get(x, y).Luma < 0.85f, $"the disc is still there ({without.Get(x, y)})");
    }

    [Fact]
    public void No_moon_when_the_text_excludes_the_moon()
    {
        var scene = Of(Scenery("night"), Scenery("hill"));
        var with = Paint(scene);
        var (x, y) = Light(scene, with);
        var without = Paint(Without(scene, "moon"));
        Assert.True(with.Get(x, y).Luma > 0.6f, "a night sky has a moon");
        Assert.True(without.Get(x, y).Luma < 0.3f, $"the moon is still there ({without.Get(x, y)})");
    }

    [Fact]
    public void No_stars_when_the_text_excludes_them()
    {
        var scene = Of(Scenery("night"), Scenery("grass"));
        var with = Paint(Without(scene, "moon"));
        var without = Paint(Without(scene, "moon", "star"));
        Assert.True(Bright(with, 0, 0, Size, Size / 3, 0.35f) > 10, "a night sky has stars");
        Assert.Equal(0, Bright(without, 0, 0, Size, Size / 3, 0.35f));
    }

    [Fact]
    public void No_clouds_when_the_text_excludes_them()
    {
        var scene = Of(Scenery("cloud"), Scenery("grass"));
        var with = Paint(Without(scene, "sun"));
        var without = Paint(Without(scene, "sun", "cloud"));
        // Clouds are near-white against the blue: the whitish share of the upper sky.
        Assert.True(Bright(with, 0, 0, Size, Size / 3, 0.85f) > 200, "a cloudy sky has clouds");
        Assert.Equal(0, Bright(without, 0, 0, Size, Size / 3, 0.85f));
    }

    [Fact]
    public void No_lily_pads_when_the_text_excludes_them()
    {
        var scene = Of(Scenery("pond"));
        int Green(RgbPlanes c)
        {
            var n = 0;
            for (var y = Size / 2; y < Size; y++)
                for (var x = 0; x < Size; x++)
                {
                    var p = c.Get(x, y);
                    if (p.G > p.B + 0.08f && p.G > p.R + 0.05f) n++;
                }
            return n;
        }
        var with = Paint(scene);
        var without = Paint(Without(scene, "lotus"));
        Assert.True(Green(with) > Green(without), "lily pads are green on the water");
    }

    [Fact]
    public void No_palms_on_the_island_when_the_text_excludes_trees()
    {
        var scene = Of(Scenery("island"), Scenery("sea"));
        var with = Paint(scene);
        var without = Paint(Without(scene, "tree"));
        var horizon = new LayoutPlanner().Plan(scene, Size, Size, 3).HorizonY;
        // The palms stand above the island's hump: there the two paintings differ, and the one without is lighter (sky).
        var changed = 0;
        var lighter = 0f;
        for (var y = horizon - Size / 5; y < horizon; y++)
            for (var x = 0; x < Size; x++)
            {
                var d = without.Get(x, y).Luma - with.Get(x, y).Luma;
                if (Math.Abs(d) > 0.05f) changed++;
                lighter += d;
            }
        Assert.True(changed > 20, $"only {changed} pixels changed");
        Assert.True(lighter > 0);
    }

    [Fact]
    public void No_moon_in_the_window_of_a_room_at_night_without_the_moon()
    {
        var scene = Of(Scenery("night")) with { Setting = "bedroom" };
        var with = Paint(scene);
        var without = Paint(Without(scene, "moon"));
        Assert.True(Bright(with, 0, 0, Size, Size / 2, 0.85f) > Bright(without, 0, 0, Size, Size / 2, 0.85f));
    }

    [Theory]
    [InlineData("a clear night sky over the hills without the moon", "moon")]
    [InlineData("a sad day at the lake without rain", "rain")]
    [InlineData("a sunny meadow with no clouds", "cloud")]
    [InlineData("没有月亮的夜晚", "moon")]
    public void Text_negation_reaches_the_atmosphere(string prompt, string name)
    {
        var scene = new TextAnalyzer().Analyze(prompt);
        var a = Atmosphere.For(scene, 0.6f);
        switch (name)
        {
            case "moon": Assert.False(a.ShowMoon); break;
            case "rain": Assert.False(a.Rain); break;
            case "cloud": Assert.Equal(0, a.CloudCover); break;
        }
    }
}
