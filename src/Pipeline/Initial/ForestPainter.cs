using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>
/// Tree lines on the horizon: rows of conifers (and some round crowns), far rows hazy and pale, near rows dark,
/// each crown lit on the side facing the light; dusted white in snow.
/// </summary>
public static class ForestPainter
{
    /// <param name="scale">1 for a forest; smaller for the far shore of a lake.</param>
    public static void Paint(SceneryContext c, float scale, int layers = 3)
    {
        var a = c.Atmosphere;
        var snowy = c.Has(Scene.BackgroundNames.Snow);
        var random = c.RandomFor("forest");
        for (var i = 0; i < layers; i++)
        {
            var layer = i;
            var baseline = c.Horizon + (int)(c.Unit * 0.006f * i);
            var spacing = c.Unit * (0.014f + 0.01f * i) * scale;
            var tall = c.Unit * (0.06f + 0.05f * i) * scale;
            var top = new float[c.Width];
            var owner = new float[c.Width];
            Array.Fill(top, float.MaxValue);
            for (var tx = -spacing; tx < c.Width + spacing; tx += spacing * (0.6f + 0.7f * (float)random.NextDouble()))
            {
                var height = tall * (0.6f + 0.8f * (float)random.NextDouble());
                var round = random.NextDouble() < 0.25 && !snowy;
                var treeTop = baseline - height;
                var half = height * (round ? 0.32f : 0.3f);
                for (var x = Math.Max(0, (int)(tx - half - 1)); x < Math.Min(c.Width, (int)(tx + half + 2)); x++)
                {
                    var dx = MathF.Abs(x - tx);
                    float y;
                    if (round)
                    {
                        var r = half;
                        if (dx >= r) continue;
                        y = treeTop + r - MathF.Sqrt(r * r - dx * dx);
                    }
                    else
                    {
                        // Tiered conifer: a triangle with a saw-tooth of branch tiers.
                        var tier = height * 0.18f;
                        y = treeTop + dx / 0.3f;
                        y -= (y - treeTop) % tier * 0.35f;
                    }
                    if (y < top[x])
                    {
                        top[x] = y;
                        owner[x] = tx;
                    }
                }
            }
            var minTop = (int)Math.Max(0, top.Where(v => v < float.MaxValue).DefaultIfEmpty(baseline).Min());
            var haze = layers == 1 ? 0.35f : (layers - 1 - i) * 0.22f + 0.06f + (a.Fog ? 0.15f : 0);
            var green = new Rgb(0.12f, 0.27f, 0.16f);
            SceneryContext.Rows(minTop, Math.Min(c.Height, baseline + 3), y =>
            {
                var row = c.Canvas.Row(y);
                for (var x = 0; x < c.Width; x++)
                {
                    var edge = ColorMath.Clamp01(y - top[x] + 0.5f);
                    if (y > baseline) edge = Math.Min(edge, 1);
                    if (edge <= 0 && y <= baseline) continue;
                    if (y > baseline) edge = 1;
                    var side = MathF.Sign(x - owner[x]) * a.LightDirection;
                    var leaf = c.Detail.Sample(x / c.Unit * 160, y / c.Unit * 160 + layer * 31);
                    // In autumn or spring every tree takes its own colour of the season (hashed from its position).
                    var tree = c.Foliage(green * 2.2f, StableHash.Unit((int)owner[x], layer, c.Seed)) * (1 / 2.2f);
                    var col = tree * (0.85f + 0.22f * side + 0.25f * (leaf - 0.5f));
                    if (snowy)
                    {
                        var dab = ColorMath.SmoothStep(0.55f, 0.7f, leaf + 0.15f * side);
                        col = Rgb.Lerp(col, new Rgb(0.9f, 0.93f, 1f), dab * 0.8f);
                    }
                    col = c.Aerial(col * a.Ambient, haze);
                    row.Blend(x, col, edge);
                }
            });
        }
    }
}
