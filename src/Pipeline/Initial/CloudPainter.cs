using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>
/// Soft clouds from fractal noise, stretched sideways and flattened toward the horizon (perspective), lit on top
/// and shaded underneath by comparing the density with the density a little higher up.
/// </summary>
public static class CloudPainter
{
    public static void Paint(SceneryContext c)
    {
        var a = c.Atmosphere;
        var cover = a.CloudCover;
        if (cover <= 0) return;
        var canvas = c.Canvas;
        var noise = c.Noise;
        var unit = c.Unit;
        var horizon = c.Horizon;
        var threshold = 1.02f - cover * 1.05f;
        var (lit, shade) = Colors(a);
        (float U, float V) Coords(int x, int y)
        {
            var up = 1 - (float)y / horizon;
            var squash = 0.35f + 0.65f * up; // far clouds (near the horizon) are flatter and smaller
            return (x / (unit * 0.42f * squash), y / (unit * 0.11f * squash));
        }
        var step = Math.Max(1, (int)(unit / 256));
        var density = new NoiseGrid(c.Width, 0, horizon, step, step, (x, y) => { var (u, v) = Coords(x, y); return noise.Fbm(u, v, 5) * 0.5f + 0.5f; });
        var above = new NoiseGrid(c.Width, 0, horizon, step * 2, step * 2, (x, y) => { var (u, v) = Coords(x, y); return noise.Fbm(u, v - 0.45f, 4) * 0.5f + 0.5f; });
        SceneryContext.Rows(0, horizon, y =>
        {
            var row = canvas.Row(y);
            var up = 1 - (float)y / horizon; // 1 at the top, 0 at the horizon
            var fade = ColorMath.SmoothStep(0.0f, 0.18f, up);
            for (var x = 0; x < c.Width; x++)
            {
                var n = density[x, y];
                var coverage = ColorMath.SmoothStep(threshold, threshold + 0.22f, n) * fade;
                if (coverage <= 0.002f) continue;
                var light = ColorMath.Clamp01(0.55f + (n - above[x, y]) * 2.4f - (coverage - 0.5f) * 0.15f);
                var col = Rgb.Lerp(shade, lit, light);
                var alpha = coverage * (a.Overcast ? 0.97f : 0.92f);
                row.Blend(x, col, alpha);
            }
        });
    }

    private static (Rgb Lit, Rgb Shade) Colors(Atmosphere a)
    {
        if (a.DarkClouds)
            return a.Time == TimeOfDay.Night
                ? (new Rgb(0.16f, 0.17f, 0.22f), new Rgb(0.05f, 0.05f, 0.08f))
                : a.Time == TimeOfDay.Sunset
                    ? (new Rgb(0.46f, 0.45f, 0.5f), new Rgb(0.17f, 0.17f, 0.22f))
                    : (new Rgb(0.64f, 0.66f, 0.7f), new Rgb(0.3f, 0.32f, 0.37f));
        return a.Time switch
        {
            TimeOfDay.Sunset => (new Rgb(1f, 0.74f, 0.56f), new Rgb(0.46f, 0.3f, 0.44f)),
            TimeOfDay.Sunrise => (new Rgb(1f, 0.86f, 0.8f), new Rgb(0.62f, 0.52f, 0.66f)),
            TimeOfDay.Night => (new Rgb(0.24f, 0.27f, 0.38f), new Rgb(0.07f, 0.08f, 0.14f)),
            _ => (new Rgb(1f, 1f, 1f), new Rgb(0.68f, 0.73f, 0.82f)),
        };
    }
}
