using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>
/// A sea cliff or headland: a tall rock mass on one side of the picture with a grassy top, a face of strata and
/// fissures turned to the light, and surf where it meets the water. Its shape is the terrain's
/// (<see cref="Layout.Terrain.CliffEdge"/>), so what stands on the headland (a lighthouse) stands on its rock.
/// </summary>
public static class CliffPainter
{
    public static void Paint(SceneryContext c)
    {
        var a = c.Atmosphere;
        var t = c.Terrain;
        var grass = c.Foliage(new Rgb(0.32f, 0.5f, 0.22f), 0.5f);
        var rock = new Rgb(0.5f, 0.46f, 0.4f);
        var water = t.Water != Layout.WaterKind.None;
        SceneryContext.Rows(Math.Max(0, (int)t.CliffTop - 1), c.Height, y =>
        {
            var edgeX = t.CliffEdge(y);
            for (var x = 0; x < c.Width; x++)
            {
                var into = t.CliffOnRight ? x - edgeX : edgeX - x;
                var top = t.CliffTopAt(x);
                var cover = ColorMath.Clamp01(into + 0.5f) * ColorMath.Clamp01(y - top + 0.5f);
                if (cover <= 0) continue;
                var u = x / c.Unit;
                var v = y / c.Unit;
                // The face: light where it turns to the sun, darker deeper in; strata and vertical fissures.
                var face = ColorMath.SmoothStep(0, c.Unit * 0.08f, into);
                var fissure = c.Detail.Fbm(u * 40, v * 4 + 20, 3);
                var strata = 0.9f + 0.12f * MathF.Sin(v * 70 + 2 * fissure);
                var col = rock * strata * (1.05f - 0.25f * face + 0.25f * fissure);
                // The grassy top, a little deeper on the flat than down the face.
                var turf = ColorMath.SmoothStep(c.Unit * (0.025f + 0.02f * face), 0, y - top);
                col = Rgb.Lerp(col, grass * (0.9f + 0.2f * c.Detail.Sample(u * 60, v * 60)), turf);
                col = c.Aerial(col * a.Ambient, 0.08f);
                // Surf along the foot of the face where it stands in the water.
                if (water && y >= c.Horizon)
                {
                    var foam = ColorMath.SmoothStep(c.Unit * 0.03f, 0, into) * (0.6f + 0.4f * c.Detail.Sample(u * 80, v * 20));
                    col = Rgb.Lerp(col, new Rgb(0.95f, 0.97f, 1f) * a.Ambient, foam * 0.8f);
                }
                c.Canvas.Blend(x, y, col, cover);
            }
        });
    }
}
