using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>
/// A canyon: flat-topped mesas and buttes of banded red rock on the horizon, the nearer ones with a dark gorge cut
/// into them, in aerial perspective. The strata run level across every butte, as rock beds do.
/// </summary>
public static class CanyonPainter
{
    private static readonly Rgb[] Beds =
    [
        new(0.74f, 0.38f, 0.22f), new(0.86f, 0.64f, 0.44f), new(0.62f, 0.28f, 0.17f), new(0.8f, 0.5f, 0.3f),
    ];

    public static void Paint(SceneryContext c)
    {
        var a = c.Atmosphere;
        for (var layer = 0; layer < 2; layer++)
        {
            var i = layer;
            var maxHeight = c.Horizon * (i == 0 ? 0.5f : 0.36f);
            var ridge = new float[c.Width];
            for (var x = 0; x < c.Width; x++)
            {
                // Flat tops with steep sides: noise pushed through a steep step.
                var n = c.Noise.Fbm(x / c.Unit * (2.2f + 1.6f * i) + 60 * i + 11, 5.5f + i, 4);
                var level = 0.25f + 0.75f * ColorMath.SmoothStep(-0.06f, 0.06f, n) * (0.8f + 0.2f * ColorMath.SmoothStep(0.1f, 0.2f, n));
                ridge[x] = c.Horizon - maxHeight * level;
            }
            var gorge = c.Width * (0.5f + 0.1f * MathF.Sin(c.Seed));
            var haze = i == 0 ? 0.4f : 0.12f;
            SceneryContext.Rows(Math.Max(0, (int)ridge.Min() - 1), Math.Min(c.Height, c.Horizon + 2), y =>
            {
                for (var x = 0; x < c.Width; x++)
                {
                    var edge = ColorMath.Clamp01(y - ridge[x] + 0.5f);
                    if (edge <= 0) continue;
                    var slope = (ridge[Math.Min(c.Width - 1, x + 2)] - ridge[Math.Max(0, x - 2)]) * a.LightDirection;
                    var light = 0.95f + 0.22f * MathF.Tanh(slope * 0.4f);
                    var bed = (y / c.Unit * 26 + 0.6f * c.Detail.Fbm(x / c.Unit * 3, y / c.Unit, 2)) % Beds.Length;
                    var k = (int)bed;
                    var col = Rgb.Lerp(Beds[k], Beds[(k + 1) % Beds.Length], ColorMath.SmoothStep(0.75f, 1f, bed - k)) * light;
                    if (i == 1)
                    {
                        // The gorge: a dark V cut into the near rim, narrowing to the river at its foot.
                        var depth = ColorMath.Clamp01((y - ridge[x]) / maxHeight);
                        var half = c.Unit * (0.09f - 0.06f * depth);
                        col *= 1 - 0.45f * ColorMath.SmoothStep(half, half * 0.4f, MathF.Abs(x - gorge));
                    }
                    c.Canvas.Blend(x, y, c.Aerial(col * a.Ambient, haze + (a.Fog ? 0.15f : 0)), edge);
                }
            });
        }
    }
}
