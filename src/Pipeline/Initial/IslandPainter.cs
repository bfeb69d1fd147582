using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>An island on the sea's horizon: a green hump on a pale strip of sand, with a few palm silhouettes.</summary>
public static class IslandPainter
{
    public static void Paint(SceneryContext c)
    {
        var a = c.Atmosphere;
        var cx = c.Width * 0.64f;
        var half = c.Width * 0.2f;
        var height = c.Unit * 0.075f;
        var horizon = c.Horizon;
        var random = c.RandomFor("island");
        var palms = Enumerable.Range(0, c.Excludes("palm tree", "tree") ? 0 : 3).Select(_ => (X: cx + ((float)random.NextDouble() - 0.5f) * half, H: height * (0.9f + 0.6f * (float)random.NextDouble()))).ToArray();
        SceneryContext.Rows((int)(horizon - height * 2.2f), horizon + 1, y =>
        {
            var row = c.Canvas.Row(y);
            for (var x = 0; x < c.Width; x++)
            {
                var u = (x - cx) / half;
                if (MathF.Abs(u) >= 1.05f) continue;
                var hump = height * MathF.Pow(Math.Max(0, 1 - u * u), 0.7f) * (1 + 0.15f * c.Noise.Fbm(x / c.Unit * 12, 3, 3));
                var sand = height * 0.12f * Math.Max(0, 1 - u * u * 0.8f);
                Rgb? col = null;
                if (y >= horizon - hump) col = new Rgb(0.16f, 0.34f, 0.18f) * (0.9f + 0.2f * c.Detail.Sample(x * 0.3f, y * 0.3f));
                if (y >= horizon - sand) col = new Rgb(0.9f, 0.82f, 0.62f);
                foreach (var p in palms)
                {
                    var trunkTop = horizon - hump * 0.8f - p.H;
                    if (MathF.Abs(x - p.X - (y - trunkTop) * 0.15f) < Math.Max(1, c.Unit * 0.003f) && y > trunkTop && y < horizon - hump * 0.5f)
                        col = new Rgb(0.2f, 0.16f, 0.1f);
                    var fx = x - p.X;
                    var fy = y - trunkTop;
                    var frond = MathF.Abs(fy + 0.004f * fx * fx / (c.Unit * 0.01f) * 0.35f) < c.Unit * 0.004f && MathF.Abs(fx) < c.Unit * 0.03f;
                    if (frond) col = new Rgb(0.12f, 0.3f, 0.14f);
                }
                if (col is { } v)
                {
                    var lit = c.Aerial(v * a.Ambient, 0.35f);
                    row[x] = lit;
                }
            }
        });
    }
}
