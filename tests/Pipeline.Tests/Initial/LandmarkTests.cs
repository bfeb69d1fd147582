using Easel.Pipeline.Initial;
using Easel.Pipeline.Layout;
using static Easel.TestHelpers.Scenes;

namespace Easel.Pipeline.Tests.Initial;

/// <summary>Mount Fuji and a volcano are painted as scenery on the horizon, not stood on the grass as stickers.</summary>
public sealed class LandmarkTests
{
    [Fact]
    public void Mount_fuji_is_a_snow_capped_cone_in_the_background()
    {
        var scene = Of(Thing("mount fuji"), Thing("cherry blossom", 2), Scenery("grass"));
        var layout = new LayoutPlanner().Plan(scene, 256, 256, 2);
        Assert.DoesNotContain(layout.Placements, p => p.Element == "mount fuji");
        Assert.Equal(2, layout.Placements.Count(p => p.Element == "cherry blossom"));
        var canvas = SceneryRenderer.Paint(scene with { Negated = ["sun", "cloud"] }, layout, 2).Canvas;
        var plain = SceneryRenderer.Paint(Of(Thing("cherry blossom", 2), Scenery("grass")) with { Negated = ["sun", "cloud"] }, layout, 2).Canvas;
        // Below the summit, on the cone's axis: snow (near white) where the plain sky is blue.
        var summit = layout.HorizonY - (int)(layout.HorizonY * 0.55f);
        var snow = canvas.Get(128, summit);
        Assert.True(snow.Luma > 0.8f && Math.Abs(snow.R - snow.B) < 0.12f, $"no snow cap: {snow}");
        Assert.True(plain.Get(128, summit).B - plain.Get(128, summit).R > 0.15f, "the plain sky should be blue there");
        // Halfway down the flank the cone covers what the plain picture has there (sky and far hills).
        var flank = canvas.Get(128, layout.HorizonY - (int)(layout.HorizonY * 0.25f));
        var behind = plain.Get(128, layout.HorizonY - (int)(layout.HorizonY * 0.25f));
        Assert.True(Math.Abs(flank.R - behind.R) + Math.Abs(flank.G - behind.G) + Math.Abs(flank.B - behind.B) > 0.1f, $"{flank} vs {behind}");
    }

    [Fact]
    public void A_volcano_glows_at_night()
    {
        var scene = Of(Thing("volcano"), Scenery("night"));
        var layout = new LayoutPlanner().Plan(scene, 256, 256, 2);
        Assert.Empty(layout.Placements);
        var canvas = SceneryRenderer.Paint(scene, layout, 2).Canvas;
        var glowing = 0;
        for (var y = 0; y < layout.HorizonY; y++)
            for (var x = 0; x < 256; x++)
            {
                var p = canvas.Get(x, y);
                if (p.R > 0.6f && p.R > p.B + 0.3f) glowing++;
            }
        Assert.True(glowing > 20, $"{glowing} glowing pixels");
    }
}
