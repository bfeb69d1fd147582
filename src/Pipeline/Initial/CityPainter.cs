using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>
/// A skyline in two layers: far towers pale in the haze, near blocks darker; windows in a grid, a share of them
/// lit (most at night or in the evening), lit windows glowing rather than shaded by the ambient light.
/// </summary>
public static class CityPainter
{
    public static void Paint(SceneryContext c)
    {
        var a = c.Atmosphere;
        var dusk = a.Time != TimeOfDay.Day || a.Overcast;
        var random = c.RandomFor("city");
        for (var i = 0; i < 2; i++)
        {
            var far = i == 0;
            var top = new float[c.Width];
            var start = new int[c.Width];
            var id = new int[c.Width];
            Array.Fill(top, float.MaxValue);
            var x0 = -(int)(random.NextDouble() * c.Unit * 0.05);
            var n = 0;
            while (x0 < c.Width)
            {
                var w = (int)(c.Unit * (far ? 0.035f + 0.05f * (float)random.NextDouble() : 0.06f + 0.08f * (float)random.NextDouble()));
                var h = c.Horizon * (far ? 0.22f + 0.4f * (float)random.NextDouble() : 0.1f + 0.28f * (float)random.NextDouble());
                var spire = random.NextDouble() < 0.2;
                for (var x = Math.Max(0, x0); x < Math.Min(c.Width, x0 + w); x++)
                {
                    var t = c.Horizon - h;
                    if (spire && Math.Abs(x - (x0 + w / 2)) < Math.Max(1, w / 10)) t -= h * 0.18f;
                    top[x] = t;
                    start[x] = x0;
                    id[x] = n;
                }
                x0 += w + (far ? 0 : (int)(random.NextDouble() * c.Unit * 0.01f));
                n++;
            }
            var haze = far ? 0.38f : 0.08f;
            if (a.Fog) haze += 0.2f;
            var minTop = (int)Math.Max(0, top.Where(v => v < float.MaxValue).DefaultIfEmpty(c.Horizon).Min());
            var cellW = c.Unit * (far ? 0.011f : 0.016f);
            var cellH = c.Unit * (far ? 0.016f : 0.022f);
            var litShare = dusk ? 0.42f : 0.06f;
            var layerSeed = StableHash.Combine(c.Seed, 77 + i);
            SceneryContext.Rows(minTop, Math.Min(c.Height, c.Horizon + 1), y =>
            {
                var row = c.Canvas.Row(y);
                for (var x = 0; x < c.Width; x++)
                {
                    if (y < top[x]) continue;
                    var b = id[x];
                    var tone = 0.8f + 0.35f * StableHash.Unit(b, i, layerSeed);
                    var col = new Rgb(0.26f, 0.29f, 0.37f) * tone;
                    // The sunlit side of each block a little lighter.
                    var lx = x - start[x];
                    col *= 1 + 0.08f * a.LightDirection * (lx < 2 ? -1 : 0);
                    col = c.Aerial(col * a.Ambient, haze);
                    var wx = lx / cellW;
                    var wy = (y - top[x]) / cellH;
                    var fx = wx - MathF.Floor(wx);
                    var fy = wy - MathF.Floor(wy);
                    if (wy > 0.8f && fx > 0.3f && fx < 0.75f && fy > 0.3f && fy < 0.8f)
                    {
                        var lit = StableHash.Unit((int)wx + b * 131, (int)wy, layerSeed) < litShare;
                        var glass = lit
                            ? new Rgb(1f, 0.78f, 0.42f) * (far ? 0.7f : 0.95f)
                            : c.Aerial(new Rgb(0.42f, 0.5f, 0.6f) * a.Ambient * 0.8f, haze);
                        col = Rgb.Lerp(col, glass, far ? 0.6f : 0.9f);
                    }
                    row[x] = col;
                }
            });
        }
    }
}
