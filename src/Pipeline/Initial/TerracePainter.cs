using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>
/// Rice terraces: the land below the horizon stepped into curving paddies that follow the contour of the slope,
/// some green with young rice and some flooded and mirroring the sky, each with a dark earth riser under its lip.
/// The steps crowd together toward the horizon, as they do in perspective.
/// </summary>
public static class TerracePainter
{
    public static void Paint(SceneryContext c)
    {
        var a = c.Atmosphere;
        var rice = c.Foliage(new Rgb(0.58f, 0.74f, 0.22f), 0.1f);
        var earth = new Rgb(0.36f, 0.3f, 0.2f);
        const int Steps = 11;
        SceneryContext.Rows(c.Horizon, c.Height, y =>
        {
            var d = c.Terrain.Depth(y);
            for (var x = 0; x < c.Width; x++)
            {
                if (c.Terrain.At(x, y) != Layout.Surface.Ground) continue;
                // Contours: depth bent by a broad swell, so the steps curve around the hillside.
                var u = x / (float)c.Width;
                var s = MathF.Pow(d, 0.55f) + 0.07f * MathF.Sin(u * 7.5f + 1.3f + 2.2f * d) * (0.4f + d) + 0.015f * c.Noise.Fbm(u * 6, d * 3, 2);
                var band = s * Steps;
                var step = (int)MathF.Floor(band);
                var f = band - step;
                var flooded = StableHash.Unit(step, 7, c.Seed) < 0.35f;
                var paddy = flooded ? Rgb.Lerp(c.SkyColor(c.Horizon * (1 - f) * 0.6f), new Rgb(0.45f, 0.6f, 0.55f), 0.3f) : rice * (0.9f + 0.2f * c.Detail.Sample(x / c.Unit * 90, y / c.Unit * 30));
                // The riser under each paddy's lip is a band of dark earth, wider near the viewer.
                var riser = ColorMath.SmoothStep(0.68f, 0.8f, f);
                var col = Rgb.Lerp(paddy, earth, riser * 0.9f);
                col = Rgb.Lerp(col, new Rgb(0.85f, 0.88f, 0.6f), ColorMath.SmoothStep(0.1f, 0f, f) * 0.5f);
                c.Canvas.Set(x, y, c.Aerial(col * a.Ambient, 0.4f * MathF.Pow(1 - d, 4)));
            }
        });
    }
}
