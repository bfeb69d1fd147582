using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>
/// A waterfall: a wooded rock wall across the back of the scene with white water pouring over its lip where the
/// river begins, and spray where it lands. The river below it is the water painter's, so the fall feeds the river
/// that winds toward the viewer.
/// </summary>
public static class WaterfallPainter
{
    public static void Paint(SceneryContext c)
    {
        var a = c.Atmosphere;
        var h = c.Horizon;
        var fallX = c.Terrain.RiverCenter(h + 1);
        var fallHalf = c.Unit * 0.045f;
        var lip = h - h * 0.42f;
        // The wall: a ragged crest, higher toward the sides, cut down to the lip where the water comes over.
        var crest = new float[c.Width];
        for (var x = 0; x < c.Width; x++)
        {
            var side = MathF.Abs(x - fallX) / c.Width;
            crest[x] = lip - h * 0.2f * ColorMath.SmoothStep(0.05f, 0.5f, side) + c.Unit * 0.03f * c.Noise.Fbm(x / c.Unit * 7 + 80, 3.3f, 4);
            if (MathF.Abs(x - fallX) < fallHalf * 1.3f) crest[x] = Math.Max(crest[x], lip);
        }
        var rock = new Rgb(0.36f, 0.34f, 0.31f);
        var moss = c.Foliage(new Rgb(0.2f, 0.34f, 0.18f), 0.3f);
        SceneryContext.Rows(Math.Max(0, (int)crest.Min() - 1), Math.Min(c.Height, h + 2), y =>
        {
            for (var x = 0; x < c.Width; x++)
            {
                var edge = ColorMath.Clamp01(y - crest[x] + 0.5f);
                if (edge <= 0) continue;
                var below = (y - crest[x]) / Math.Max(1, h - crest[x]);
                // Ledges: horizontal strata broken by noise; trees and moss cling to the top of the wall.
                var strata = 0.85f + 0.2f * MathF.Sin(y / c.Unit * 90 + 3 * c.Detail.Fbm(x / c.Unit * 12, y / c.Unit * 4, 2));
                var col = Rgb.Lerp(moss, rock, ColorMath.SmoothStep(0.05f, 0.3f, below + 0.15f * c.Detail.Sample(x / c.Unit * 30, y / c.Unit * 30)));
                col = c.Aerial(col * strata * a.Ambient, 0.18f + (a.Fog ? 0.2f : 0));
                c.Canvas.Blend(x, y, col, edge);
            }
        });
        // The falling water: white streaks that fan out a little as they fall, with the spray at the foot.
        SceneryContext.Rows(Math.Max(0, (int)lip - 1), Math.Min(c.Height, h + 3), y =>
        {
            var t = ColorMath.Clamp01((y - lip) / Math.Max(1, h - lip));
            var half = fallHalf * (1 + 0.35f * t);
            for (var x = (int)(fallX - half - 2); x <= (int)(fallX + half + 2); x++)
            {
                if ((uint)x >= (uint)c.Width) continue;
                var u = (x - fallX) / half;
                var inside = ColorMath.SmoothStep(1.05f, 0.9f, MathF.Abs(u));
                if (inside <= 0) continue;
                var streak = c.Detail.Sample(x / c.Unit * 140, y / c.Unit * 6);
                var col = Rgb.Lerp(new Rgb(0.62f, 0.74f, 0.8f), new Rgb(0.97f, 0.98f, 1f), 0.45f + 0.55f * streak) * a.Ambient;
                c.Canvas.Blend(x, y, col, inside);
            }
        });
        var spray = c.Unit * 0.07f;
        for (var y = (int)(h - spray); y < Math.Min(c.Height, (int)(h + spray * 0.8f)); y++)
            for (var x = (int)(fallX - spray * 1.8f); x < (int)(fallX + spray * 1.8f); x++)
            {
                if ((uint)x >= (uint)c.Width || y < 0) continue;
                var d = MathF.Sqrt((x - fallX) * (x - fallX) / 3.2f + (y - h) * (y - h)) / spray;
                if (d < 1) c.Canvas.Blend(x, y, new Rgb(0.95f, 0.97f, 1f) * a.Ambient, 0.7f * (1 - d * d));
            }
    }
}
