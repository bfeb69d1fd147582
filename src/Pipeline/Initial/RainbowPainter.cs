using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>A translucent arc of spectral bands, centred below the horizon, fading into the air at its feet.</summary>
public static class RainbowPainter
{
    private static readonly Rgb[] Bands =
    [
        new(0.95f, 0.2f, 0.2f), new(1f, 0.55f, 0.15f), new(1f, 0.92f, 0.25f), new(0.3f, 0.85f, 0.3f),
        new(0.25f, 0.55f, 1f), new(0.35f, 0.3f, 0.85f), new(0.6f, 0.3f, 0.8f),
    ];

    public static void Paint(SceneryContext c)
    {
        var canvas = c.Canvas;
        var cx = c.Width * 0.42f;
        var cy = c.Horizon + c.Height * 0.12f;
        var outer = c.Unit * 0.66f;
        var width = c.Unit * 0.075f;
        SceneryContext.Rows(0, c.Horizon, y =>
        {
            var row = canvas.Row(y);
            var lift = ColorMath.SmoothStep(0, c.Height * 0.22f, c.Horizon - y);
            for (var x = 0; x < c.Width; x++)
            {
                var d = MathF.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy));
                var t = (outer - d) / width;
                if (t is < 0 or > 1) continue;
                var f = t * (Bands.Length - 1);
                var k = Math.Min((int)f, Bands.Length - 2);
                var col = Rgb.Lerp(Bands[k], Bands[k + 1], f - k);
                var alpha = 0.34f * MathF.Sin(MathF.PI * t) * lift;
                row.Blend(x, col, alpha);
            }
        });
    }
}
