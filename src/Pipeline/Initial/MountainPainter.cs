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
            var freq = (1.9f + 1.1f * i) / c.Unit;
            var phase = 1.3f + i * 2.1f + (c.Seed % 97) * 0.07f;
            var ridge = new float[c.Width];
            for (var x = 0; x < c.Width; x++)
            {
                // Ridged noise: sharp crests where the noise crosses zero.
                var s = ColorMath.Clamp01(1 - 1.5f * MathF.Abs(c.Noise.Fbm(x * freq + 31 * i, 7.7f * i + 3, 5)));
                var env = 0.5f + 0.5f * MathF.Sin(x / (float)c.Width * MathF.PI * (1.6f + 0.5f * i) + phase);
                var shape = 0.22f + 0.78f * (0.55f * s + 0.45f * env * env);
                ridge[x] = c.Horizon - maxHeight * shape;
            }
            var top = (int)Math.Max(0, ridge.Min());
            var haze = i switch { 0 => 0.55f, 1 => 0.34f, _ => 0.14f } + (a.Fog ? 0.12f : 0);
            var rock = i == layers - 1 ? new Rgb(0.30f, 0.33f, 0.32f) : new Rgb(0.40f, 0.40f, 0.47f);
            var snowLine = maxHeight * (snowy ? 0.45f : 0.68f);
            // Faces: the crest's slope averaged over a face-sized window, read further sideways the deeper the
            // pixel lies below the crest, so the line between lit and shaded faces runs diagonally down from each
            // peak like a real spur; rock texture from isotropic noise on a coarse grid breaks the faces up.
            var window = Math.Max(2, (int)(c.Unit * 0.025f));
            var faceSlope = new float[c.Width];
            for (var x = 0; x < c.Width; x++)
                faceSlope[x] = (ridge[Math.Min(c.Width - 1, x + window)] - ridge[Math.Max(0, x - window)]) / (2f * window);
            var rockGrid = new NoiseGrid(c.Width, top, c.Horizon + 2, 2, 2, (x, y) => c.Detail.Fbm(x / c.Unit * 14 + layer * 7, y / c.Unit * 10, 4));
            SceneryContext.Rows(top, Math.Min(c.Height, c.Horizon + 2), y =>
            {
                var row = c.Canvas.Row(y);
                for (var x = 0; x < c.Width; x++)
                {
                    var crest = ridge[x];
                    var edge = ColorMath.Clamp01(y - crest + 0.5f);
                    if (edge <= 0) continue;
                    var height = c.Horizon - crest;
                    var t = ColorMath.Clamp01((y - crest) / Math.Max(1, height));
                    var texture = rockGrid[x, y];
                    var drift = (int)((y - crest) * (0.7f + 0.6f * texture));
                    var sx = Math.Clamp(x - drift / 2, 0, c.Width - 1);
                    var facing = MathF.Tanh(faceSlope[sx] * 2.5f * a.LightDirection + texture * 0.9f);
                    var light = 0.9f + 0.32f * facing;
                    var col = rock;
                    if (layer == layers - 1) col = Rgb.Lerp(col, new Rgb(0.22f, 0.3f, 0.2f), ColorMath.SmoothStep(0.3f, 0.9f, t));
                    col *= light;
                    // Snow caps: on peaks above the snow line, down a jagged depth.
                    var cap = (height - snowLine) * (0.7f + 0.6f * (c.Detail.Sample(x * freq * 14, y / c.Unit * 9) - 0.5f));
                    if (layer < layers - 1 || snowy)
                    {
                        var snow = ColorMath.SmoothStep(cap, cap - 3, y - crest);
                        col = Rgb.Lerp(col, new Rgb(0.93f, 0.95f, 1f) * (0.85f + 0.2f * facing), snow);
                    }
                    col *= a.Ambient;
                    var mist = (layer < layers - 1 ? 0.5f : 0.25f) * ColorMath.SmoothStep(0.45f, 1f, t) * (a.Fog ? 1.4f : 1f);
                    col = c.Aerial(col, haze + mist);
                    row.Blend(x, col, edge);
                }
            });
        }
    }
}
