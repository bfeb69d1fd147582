using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>
/// An iceberg afloat on the sea: a jagged white mass, lit on one side and blue in shadow, with its larger body
/// showing pale turquoise under the water line. Painted after the sea so the water line cuts it.
/// </summary>
public static class IcebergPainter
{
    public static void Paint(SceneryContext c)
    {
        var a = c.Atmosphere;
        var waterline = c.Horizon + (c.Height - c.Horizon) * 0.14f;
        var cx = c.Width * (c.Seed % 2 == 0 ? 0.36f : 0.64f);
        var halfBase = c.Width * 0.24f;
        var height = c.Horizon * 0.42f;
        var crest = new float[c.Width];
        for (var x = 0; x < c.Width; x++)
        {
            var u = (x - cx) / halfBase;
            // Blocky, faceted ridges: noise quantised into steps, under a broad dome.
            var dome = ColorMath.Clamp01(1 - MathF.Pow(MathF.Abs(u), 1.6f));
            var facets = MathF.Round(c.Noise.Fbm(x / c.Unit * 5 + 140, 9.1f, 3) * 6) / 6;
            crest[x] = dome <= 0 ? float.MaxValue : waterline - height * dome * (0.75f + 0.5f * facets);
        }
        var top = (int)Math.Max(0, crest.Min());
        var depth = height * 0.6f;
        SceneryContext.Rows(top, Math.Min(c.Height, (int)(waterline + depth)), y =>
        {
            for (var x = 0; x < c.Width; x++)
            {
                if (crest[x] == float.MaxValue) continue;
                var u = (x - cx) / halfBase;
                if (y < waterline)
                {
                    var edge = ColorMath.Clamp01(y - crest[x] + 0.5f);
                    if (edge <= 0) continue;
                    var slope = (crest[Math.Min(c.Width - 1, x + 2)] - crest[Math.Max(0, x - 2)]) * a.LightDirection;
                    var lit = ColorMath.Clamp01(0.6f + 0.25f * MathF.Tanh(slope * 0.5f));
                    var col = Rgb.Lerp(new Rgb(0.55f, 0.72f, 0.88f), new Rgb(0.97f, 0.99f, 1f), lit) * a.Ambient;
                    c.Canvas.Blend(x, y, c.Aerial(col, 0.08f), edge);
                }
                else
                {
                    // Under the water: the hidden bulk, pale turquoise fading with depth.
                    var below = (y - waterline) / depth;
                    var reach = 1.15f * (1 - below * 0.6f);
                    if (MathF.Abs(u) > reach) continue;
                    c.Canvas.Blend(x, y, new Rgb(0.45f, 0.78f, 0.82f) * a.Ambient, 0.45f * (1 - below) * ColorMath.SmoothStep(reach, reach * 0.8f, MathF.Abs(u)));
                }
            }
        });
    }
}
