using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>The sky: a three-stop gradient for the time of day, the glow around the sun, and faint dither against banding.</summary>
public static class SkyPainter
{
    public static void Paint(SceneryContext c)
    {
        var a = c.Atmosphere;
        var canvas = c.Canvas;
        var sunX = a.LightX * c.Width;
        var sunY = a.LightY * c.Height;
        var warm = a.Time is TimeOfDay.Sunset or TimeOfDay.Sunrise;
        var glowOn = a.ShowSun ? (warm ? 1f : 0.55f) : a.ShowMoon ? 0.18f : 0;
        var near = c.Unit * (warm ? 0.12f : 0.07f);
        var far = c.Unit * (warm ? 0.45f : 0.3f);
        var last = Math.Min(c.Height, c.Horizon + 4);
        SceneryContext.Rows(0, last, y =>
        {
            var baseColor = c.SkyColor(y);
            var row = canvas.Row(y);
            for (var x = 0; x < c.Width; x++)
            {
                var col = baseColor;
                if (glowOn > 0)
                {
                    var dx = x - sunX;
                    var dy = (y - sunY) * (warm ? 1.6f : 1f);
                    var d = MathF.Sqrt(dx * dx + dy * dy);
                    var glow = glowOn * (0.55f * MathF.Exp(-d / near) + 0.35f * MathF.Exp(-d / far));
                    if (warm) glow += glowOn * 0.25f * MathF.Exp(-MathF.Abs(y - c.Horizon) / (c.Unit * 0.06f)) * MathF.Exp(-MathF.Abs(dx) / (c.Unit * 0.7f));
                    col += a.SunColor * glow;
                }
                var dither = (StableHash.Unit(x, y, c.Seed) - 0.5f) / 255f;
                row[x] = new Rgb(col.R + dither, col.G + dither, col.B + dither);
            }
        });
    }
}
