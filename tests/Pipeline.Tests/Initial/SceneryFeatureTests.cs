using Easel.Pipeline.Imaging;
using Easel.Pipeline.Initial;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Text;
using static Easel.TestHelpers.Scenes;

namespace Easel.Pipeline.Tests.Initial;

/// <summary>
/// Scenery features named in the text (waterfall, iceberg, cliff, headland, canyon, rice terraces) are read as their
/// own background elements and painted by the background painters; seasons colour the foliage; things related to a
/// painted feature stand on it.
/// </summary>
public sealed class SceneryFeatureTests
{
    private static readonly TextAnalyzer Analyzer = new();

    [Theory]
    [InlineData("a waterfall in the forest", "waterfall")]
    [InlineData("瀑布", "waterfall")]
    [InlineData("an iceberg in the sea", "iceberg")]
    [InlineData("海上的冰山", "iceberg")]
    [InlineData("a cliff", "cliff")]
    [InlineData("a lighthouse on a headland", "headland")]
    [InlineData("the grand canyon", "canyon")]
    [InlineData("峡谷", "canyon")]
    [InlineData("rice terraces on a hill", "rice terrace")]
    [InlineData("云南的梯田", "rice terrace")]
    public void Feature_words_are_read_as_their_own_scenery(string prompt, string feature)
    {
        var scene = Analyzer.Analyze(prompt);
        Assert.Contains(scene.Elements, e => e.Name == feature && e.Role == ElementRole.Background);
        Assert.Empty(scene.Missing);
    }

    [Theory]
    [InlineData("sand dunes in the desert", "desert", "beach")]
    [InlineData("a river bend in the valley", "river", "sea")]
    public void Feature_phrases_go_to_the_scenery_they_are(string prompt, string present, string absent)
    {
        var scene = Analyzer.Analyze(prompt);
        Assert.True(scene.Has(present), string.Join(", ", scene.Elements.Select(e => e.Name)));
        Assert.False(scene.Has(absent));
    }

    private static (RgbPlanes Canvas, SceneLayout Layout) Paint(SceneDescription scene)
    {
        var quiet = scene with { Negated = ["sun", "cloud"] };
        var layout = new LayoutPlanner().Plan(quiet, 256, 256, 2);
        return (SceneryRenderer.Paint(quiet, layout, 2).Canvas, layout);
    }

    private static int Count(RgbPlanes canvas, int fromY, int toY, Func<Rgb, bool> test)
    {
        var n = 0;
        for (var y = Math.Max(0, fromY); y < Math.Min(canvas.Height, toY); y++)
            for (var x = 0; x < canvas.Width; x++)
                if (test(canvas.Get(x, y))) n++;
        return n;
    }

    [Fact]
    public void A_waterfall_pours_white_water_down_a_rock_wall_into_the_river()
    {
        var (canvas, layout) = Paint(Of(Scenery("waterfall"), Scenery("river"), Scenery("grass")));
        var (plain, _) = Paint(Of(Scenery("river"), Scenery("grass")));
        var terrain = Terrain.For(Of(Scenery("river")), 256, 256, layout.HorizonY);
        var x = (int)terrain.RiverCenter(layout.HorizonY + 1);
        var y = layout.HorizonY - layout.HorizonY / 6;
        var water = canvas.Get(x, y);
        Assert.True(water.Luma > 0.75f, $"no white water above the river's source: {water}");
        // Beside the fall, the wall covers what the plain picture shows there (sky or far hills).
        var wall = canvas.Get(x + 60, y);
        var behind = plain.Get(x + 60, y);
        Assert.True(wall.Luma < behind.Luma - 0.1f, $"no rock wall: {wall} vs {behind}");
    }

    [Fact]
    public void An_iceberg_rises_white_out_of_the_sea()
    {
        var (canvas, layout) = Paint(Of(Scenery("iceberg"), Scenery("sea")));
        var (plain, _) = Paint(Of(Scenery("sea")));
        // Pixels that turned white (ice) where the open sea's picture has sky or water.
        var ice = 0;
        for (var y = 0; y < layout.HorizonY + 30; y++)
            for (var x = 0; x < 256; x++)
            {
                var p = canvas.Get(x, y);
                var q = plain.Get(x, y);
                if (p.Luma > 0.8f && Math.Abs(p.R - q.R) + Math.Abs(p.G - q.G) + Math.Abs(p.B - q.B) > 0.2f) ice++;
            }
        Assert.True(ice > 800, $"{ice} ice pixels");
    }

    [Fact]
    public void A_canyon_is_banded_red_rock_on_the_horizon()
    {
        var (canvas, layout) = Paint(Of(Scenery("canyon")));
        var red = Count(canvas, 0, layout.HorizonY, p => p.R > p.B + 0.2f && p.R > p.G + 0.08f);
        Assert.True(red > 2000, $"{red} red rock pixels");
    }

    [Fact]
    public void Rice_terraces_step_the_ground_into_bands_with_dark_risers()
    {
        var (canvas, layout) = Paint(Of(Scenery("rice terrace")));
        var (plain, _) = Paint(Of(Scenery("grass")));
        // Down one column of the ground, the brightness jumps at each riser: many more strong changes than grass has.
        int Steps(RgbPlanes c)
        {
            var n = 0;
            for (var y = layout.HorizonY + 20; y < 255; y++)
                if (Math.Abs(c.Get(128, y + 1).Luma - c.Get(128, y).Luma) > 0.06f) n++;
            return n;
        }
        Assert.True(Steps(canvas) >= 6, $"{Steps(canvas)} steps");
        Assert.True(Steps(canvas) > Steps(plain) + 3, $"{Steps(canvas)} vs {Steps(plain)} on grass");
    }

    [Fact]
    public void A_lighthouse_on_a_headland_stands_on_its_top_above_the_sea()
    {
        var scene = Analyzer.Analyze("a lighthouse on a headland");
        var layout = new LayoutPlanner().Plan(scene, 512, 512, 3);
        var terrain = Terrain.For(scene, 512, 512, layout.HorizonY);
        Assert.True(terrain.HasCliff);
        var p = layout.Placements.Single(x => x.Element == "lighthouse");
        var contact = ElementProfiles.For("lighthouse").ContactY(p);
        var cx = p.X + p.Width / 2f;
        Assert.True(terrain.OnCliff(cx, contact + 3), $"{p} does not stand on the headland");
        Assert.True(contact < layout.HorizonY, "the headland's top is above the sea's horizon");
        var canvas = SceneryRenderer.Paint(scene, layout, 3).Canvas;
        var rock = canvas.Get((int)cx, (int)contact + 30);
        var sea = canvas.Get(40, layout.HorizonY + 30);
        Assert.True(Math.Abs(rock.B - sea.B) + Math.Abs(rock.R - sea.R) > 0.15f, $"no rock under the lighthouse: {rock} vs {sea}");
    }

    [Fact]
    public void A_bridge_over_a_river_spans_it_on_the_ground_not_in_the_sky()
    {
        var scene = Analyzer.Analyze("a bridge over the river");
        var layout = new LayoutPlanner().Plan(scene, 512, 512, 3);
        var terrain = Terrain.For(scene, 512, 512, layout.HorizonY);
        var p = layout.Placements.Single(x => x.Element == "bridge");
        var contact = ElementProfiles.For("bridge").ContactY(p);
        Assert.True(contact > layout.HorizonY, $"{p} floats above the horizon");
        Assert.Equal(Habitat.Ground, p.Habitat);
        Assert.InRange(p.X + p.Width / 2f, terrain.RiverCenter(contact) - p.Width * 0.1f, terrain.RiverCenter(contact) + p.Width * 0.1f);
        Assert.True(terrain.RiverHalfWidth(contact) * 2 < p.Width, "the bridge is wider than the river where it stands");
    }

    [Theory]
    [InlineData("a forest in autumn")]
    [InlineData("秋天的森林")]
    public void Autumn_turns_the_trees_and_the_grass_warm(string prompt)
    {
        var autumn = Analyzer.Analyze(prompt);
        Assert.True(autumn.Has("autumn"));
        Assert.DoesNotContain(autumn.Foreground, e => e.Name == "maple leaf");
        var (warm, layout) = Paint(autumn);
        var (green, _) = Paint(Of(Scenery("forest")));
        double Warmth(RgbPlanes c)
        {
            double sum = 0;
            for (var y = layout.HorizonY - 20; y < 256; y++)
                for (var x = 0; x < 256; x++) sum += c.Get(x, y).R - c.Get(x, y).G;
            return sum / (256 * (256 - layout.HorizonY + 20));
        }
        Assert.True(Warmth(warm) > Warmth(green) + 0.1, $"{Warmth(warm):F3} vs {Warmth(green):F3}");
    }

    [Fact]
    public void Spring_freshens_the_green()
    {
        var (spring, layout) = Paint(Of(Scenery("grass"), Scenery("spring")));
        var (plain, _) = Paint(Of(Scenery("grass")));
        double Green(RgbPlanes c)
        {
            double sum = 0;
            for (var y = layout.HorizonY + 10; y < 256; y++)
                for (var x = 0; x < 256; x++) sum += c.Get(x, y).Luma;
            return sum;
        }
        Assert.True(Green(spring) > Green(plain) * 1.05, "spring grass is lighter and fresher");
    }
}
