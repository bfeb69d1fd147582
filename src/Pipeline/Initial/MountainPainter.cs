using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>
/// Layered mountain ridgelines, back to front: each layer's crest from fractal noise under a broad envelope,
/// faces lit or shaded by the slope against the light, gullies from stretched noise, snow caps on the high
/// peaks, and aerial perspective (far layers melt into the horizon colour, valleys fill with mist).
/// </summary>
public static class MountainPainter
{
    public static void Paint(SceneryContext c)
    {
        var a = c.Atmosphere;
        var layers = 3;
        var snowy = c.Has(Scene.BackgroundNames.Snow);
        for (var i = 0; i < layers; i++)
        {
            var layer = i;
            var maxHeight = c.Horizon * (0.66f - 0.15f * i);
            var freq = (1.3f + 0.9f * i) / c.Unit;
            var phase = 1.3f + i * 2.1f + (c.Seed % 97) * 0.07f;
            var ridge = new float[c.Width];
            for (var x = 0; x < c.Width; x++)
            {
                var s = Shaping.Clamp01(0.5f + 0.75f * c.Noise.Fbm(x * freq + 31 * i, 7.7f * i + 3, 5));
                var env = 0.5f + 0.5f * MathF.Sin(x / (float)c.Width * MathF.PI * (1.6f + 0.5f * i) + phase);
                var shape = 0.22f + 0.78f * (0.55f * s + 0.45f * env * env);
                ridge[x] = c.Horizon - maxHeight * shape;
            }
            var top = (int)Math.Max(0, ridge.Min());
            var haze = i switch { 0 => 0.55f, 1 => 0.34f, _ => 0.14f } + (a.Fog ? 0.12f : 0);
            var rock = i == layers - 1 ? new Rgb(0.30f, 0.33f, 0.32f) : new Rgb(0.40f, 0.40f, 0.47f);
            var snowLine = maxHeight * (snowy ? 0.38f : 0.58f);
            var gullies = new NoiseGrid(c.Width, top, c.Horizon + 2, 2, 2, (x, y) => c.Detail.Fbm(x * freq * 9, y / c.Unit * 2.2f + layer * 5, 3));
            SceneryContext.Rows(top, Math.Min(c.Height, c.Horizon + 2), y =>
            {
                var row = c.Canvas.Row(y);
                for (var x = 0; x < c.Width; x++)
                {
                    var crest = ridge[x];
                    var edge = Shaping.Clamp01(y - crest + 0.5f);
                    if (edge <= 0) continue;
                    var height = c.Horizon - crest;
                    var t = Shaping.Clamp01((y - crest) / Math.Max(1, height));
                    var slope = (ridge[Math.Min(c.Width - 1, x + 3)] - ridge[Math.Max(0, x - 3)]) / 6f;
                    var gully = gullies[x, y];
                    var facing = MathF.Tanh(slope * 2.2f * a.LightDirection + gully * 1.4f);
                    var light = 0.92f + 0.3f * facing;
                    var col = rock;
                    if (layer == layers - 1) col = Rgb.Lerp(col, new Rgb(0.22f, 0.3f, 0.2f), Shaping.SmoothStep(0.3f, 0.9f, t));
                    col *= light;
                    // Snow caps: on peaks above the snow line, down a jagged depth.
                    var cap = (height - snowLine) * (0.7f + 0.6f * (c.Detail.Sample(x * freq * 14, y / c.Unit * 9) - 0.5f));
                    if (layer < layers - 1 || snowy)
                    {
                        var snow = Shaping.SmoothStep(cap, cap - 3, y - crest);
                        col = Rgb.Lerp(col, new Rgb(0.93f, 0.95f, 1f) * (0.85f + 0.2f * facing), snow);
                    }
                    col *= a.Ambient;
                    var mist = (layer < layers - 1 ? 0.5f : 0.25f) * Shaping.SmoothStep(0.45f, 1f, t) * (a.Fog ? 1.4f : 1f);
                    col = c.Aerial(col, haze + mist);
                    var k = x * 3;
                    row[k] += (col.R - row[k]) * edge;
                    row[k + 1] += (col.G - row[k + 1]) * edge;
                    row[k + 2] += (col.B - row[k + 2]) * edge;
                }
            });
        }
    }
}
