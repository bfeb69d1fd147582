using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>Rolling hills (or far dunes, or snowy rises) on the horizon, two layers with aerial perspective.</summary>
public static class HillPainter
{
    /// <param name="scale">1 for a scene about hills; smaller for a quiet backdrop behind plain grass.</param>
    public static void Paint(SceneryContext c, float scale)
    {
        var a = c.Atmosphere;
        var desert = c.Has(Scene.BackgroundNames.Desert);
        var snowy = c.Has(Scene.BackgroundNames.Snow);
        for (var i = 0; i < 2; i++)
        {
            var layer = i;
            var maxHeight = c.Horizon * (0.22f - 0.07f * i) * scale;
            var freq = (1.1f + 1.1f * i) / c.Unit;
            var ridge = new float[c.Width];
            for (var x = 0; x < c.Width; x++)
                ridge[x] = c.Horizon - maxHeight * (0.35f + 0.65f * ColorMath.Clamp01(0.5f + 0.8f * c.Noise.Fbm(x * freq + 90 + 40 * i, 40.5f + i, 3)));
            var top = (int)Math.Max(0, ridge.Min());
            var baseColor = desert ? new Rgb(0.86f, 0.68f, 0.45f) : snowy ? new Rgb(0.9f, 0.92f, 0.97f) : new Rgb(0.34f, 0.52f, 0.26f);
            var haze = (i == 0 ? 0.5f : 0.3f) + (a.Fog ? 0.15f : 0);
            SceneryContext.Rows(top, Math.Min(c.Height, c.Horizon + 2), y =>
            {
                var row = c.Canvas.Row(y);
                for (var x = 0; x < c.Width; x++)
                {
                    var edge = ColorMath.Clamp01(y - ridge[x] + 0.5f);
                    if (edge <= 0) continue;
                    var slope = (ridge[Math.Min(c.Width - 1, x + 2)] - ridge[Math.Max(0, x - 2)]) / 4f;
                    var light = 0.95f + 0.25f * MathF.Tanh(slope * 3 * a.LightDirection) - 0.08f * ColorMath.Clamp01((y - ridge[x]) / (maxHeight + 1));
                    var tex = 1 + 0.08f * c.Detail.Fbm(x / c.Unit * 40, y / c.Unit * 60 + layer * 9, 2);
                    var ground = desert || snowy ? baseColor : c.Foliage(baseColor, ColorMath.Clamp01(0.15f + 0.6f * (tex - 0.92f) / 0.16f));
                    var col = c.Aerial(ground * (light * tex) * a.Ambient, haze);
                    row.Blend(x, col, edge);
                }
            });
        }
    }
}
