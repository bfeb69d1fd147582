using Easel.Pipeline.Imaging;
using Easel.Pipeline.Style;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// Abstract (cubist facets with Kandinsky's colour): the picture is broken into Voronoi facets, large in
/// calm areas and small where the sketch has detail; each facet takes the mean colour of its area pushed to
/// the nearest bold colour of a modernist palette and is shaded across like a cubist plane; heavy black
/// lines separate the facets and the strongest sketch lines stay, so the scene's layout still reads.
/// </summary>
public sealed class AbstractRenderer : IStyleRenderer
{
    private static readonly string[] PaletteHex =
    [
        "#d62d20", "#f4c20d", "#1c4fa1", "#6fa8dc", "#2f8f5b", "#ee7b22", "#1a1a1a", "#f1ede3",
        "#e48fa0", "#6a3d9a", "#c9a227", "#1f7f8c", "#a7c957", "#8c2f39", "#b8b1a2",
    ];

    public string Style => StyleNames.Abstract;

    public RgbPlanes Render(StyleContext context)
    {
        var s = context.Scale;
        var w = context.Width;
        var h = context.Height;
        var seed = context.SeedFor(Style);
        var random = new Random(seed);
        var bucket = 40f * s;
        var bw = (int)MathF.Ceiling(w / bucket);
        var bh = (int)MathF.Ceiling(h / bucket);
        var sites = new List<(float X, float Y)>();
        // One site per bucket guarantees every pixel finds its nearest site within two buckets.
        for (var by = 0; by < bh; by++)
            for (var bx = 0; bx < bw; bx++)
                sites.Add(((bx + 0.15f + 0.7f * (float)random.NextDouble()) * bucket, (by + 0.15f + 0.7f * (float)random.NextDouble()) * bucket));
        // Extra sites where the sketch is busy: small facets around the elements.
        var detail = GaussianBlur.Blur(context.Ink, w, h, 5f * s);
        var step = 17f * s;
        for (var y = step / 2; y < h; y += step)
            for (var x = step / 2; x < w; x += step)
            {
                var jx = x + ((float)random.NextDouble() - 0.5f) * step;
                var jy = y + ((float)random.NextDouble() - 0.5f) * step;
                var chance = (float)random.NextDouble();
                if (chance < MathF.Min(0.6f, detail[context.IndexAt(jx, jy)] * 2.5f)) sites.Add((Math.Clamp(jx, 0, w - 1), Math.Clamp(jy, 0, h - 1)));
            }
        var buckets = new List<int>[bw * bh];
        for (var k = 0; k < buckets.Length; k++) buckets[k] = [];
        for (var k = 0; k < sites.Count; k++)
        {
            var (x, y) = sites[k];
            buckets[Math.Min(bh - 1, (int)(y / bucket)) * bw + Math.Min(bw - 1, (int)(x / bucket))].Add(k);
        }
        var bucketSites = buckets.Select(b => b.ToArray()).ToArray();
        var label = new int[w * h];
        var gap = new float[w * h];
        Parallel.For(0, h, y =>
        {
            var by = Math.Min(bh - 1, (int)(y / bucket));
            for (var x = 0; x < w; x++)
            {
                var bx = Math.Min(bw - 1, (int)(x / bucket));
                float d1 = float.MaxValue, d2 = float.MaxValue;
                var best = 0;
                for (var yy = Math.Max(0, by - 2); yy <= Math.Min(bh - 1, by + 2); yy++)
                    for (var xx = Math.Max(0, bx - 2); xx <= Math.Min(bw - 1, bx + 2); xx++)
                        foreach (var k in bucketSites[yy * bw + xx])
                        {
                            var dx = sites[k].X - x;
                            var dy = sites[k].Y - y;
                            var d = dx * dx + dy * dy;
                            if (d < d1) { d2 = d1; d1 = d; best = k; }
                            else if (d < d2) d2 = d;
                        }
                label[y * w + x] = best;
                gap[y * w + x] = MathF.Sqrt(d2) - MathF.Sqrt(d1);
            }
        });
        // Mean colour of each facet.
        var count = new float[sites.Count];
        var sum = new float[sites.Count * 3];
        var src = context.Source;
        for (var i = 0; i < label.Length; i++)
        {
            var k = label[i];
            count[k]++;
            sum[k * 3] += src.R[i];
            sum[k * 3 + 1] += src.G[i];
            sum[k * 3 + 2] += src.B[i];
        }
        var palette = PaletteHex.Select(ColorMath.Hex).ToArray();
        var facet = new (float R, float G, float B, float Dx, float Dy)[sites.Count];
        for (var k = 0; k < sites.Count; k++)
        {
            var c = Math.Max(1f, count[k]);
            ColorMath.RgbToHsv(sum[k * 3] / c, sum[k * 3 + 1] / c, sum[k * 3 + 2] / c, out var hue, out var sat, out var val);
            // Dark areas lifted a little, so shadows become deep colours rather than a field of black.
            ColorMath.HsvToRgb(hue, MathF.Min(1f, sat * 1.6f + 0.1f), 0.22f + val * 0.8f, out var r, out var g, out var b);
            var p = palette[UkiyoERenderer.Nearest(palette, r, g, b)];
            // Keep a little of the true colour so neighbouring facets of one area vary.
            var angle = (float)random.NextDouble() * MathF.Tau;
            facet[k] = (p.R * 0.8f + r * 0.2f, p.G * 0.8f + g * 0.2f, p.B * 0.8f + b * 0.2f, MathF.Cos(angle), MathF.Sin(angle));
        }
        var lines = GaussianBlur.Blur(context.Ink, w, h, 1.4f * s);
        var border = 2.6f * s;
        var output = new RgbPlanes(w, h);
        var grain = PaperTexture.Canvas(w, h, s, seed + 1);
        Parallel.For(0, h, y =>
        {
            for (var x = 0; x < w; x++)
            {
                var i = y * w + x;
                var k = label[i];
                var f = facet[k];
                // Cubist plane: light falls across the facet from one side.
                var shade = 1f + ((x - sites[k].X) * f.Dx + (y - sites[k].Y) * f.Dy) / (bucket * 1.2f) * 0.35f;
                var r = f.R * shade;
                var g = f.G * shade;
                var b = f.B * shade;
                var line = MathF.Max(ColorMath.SmoothStep(border + 1f, border - 0.5f, gap[i]), ColorMath.SmoothStep(0.15f, 0.35f, lines[i]));
                var t = 1f + grain[i] * 0.04f;
                output.R[i] = ColorMath.Clamp01((r + (0.08f - r) * line) * t);
                output.G[i] = ColorMath.Clamp01((g + (0.08f - g) * line) * t);
                output.B[i] = ColorMath.Clamp01((b + (0.09f - b) * line) * t);
            }
        });
        return output;
    }
}
