using Easel.Pipeline.Imaging;
using Easel.Pipeline.Style;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// Romanticism (Turner, Friedrich): drama of light. The brightest region of the picture becomes a glowing
/// light source; lights turn golden, shadows deep and cool, the edges sink into a vignette, atmospheric
/// haze drifts over the scene, soft glazed brushwork and canvas under a warm varnish.
/// </summary>
public sealed class RomanticismRenderer : IStyleRenderer
{
    public string Style => StyleNames.Romanticism;

    public RgbPlanes Render(StyleContext context)
    {
        var s = context.Scale;
        var w = context.Width;
        var h = context.Height;
        var seed = context.SeedFor(Style);
        var (lx, ly) = LightSource(context);
        var colours = context.Source.Blurred(1.5f * s);
        var haze = HashNoise.FbmPlane(w, h, 80f * s, seed, 4);
        var diagonal = MathF.Sqrt(w * (float)w + h * (float)h);
        // The contrast pivots on the picture's own key: a night scene keeps its lights and what stands in them
        // instead of sinking whole into black (a dark cat on a dark meadow stays readable).
        var key = 0f;
        for (var i = 0; i < colours.R.Length; i++) key += ColorMath.Luma(colours.R[i], colours.G[i], colours.B[i]);
        var pivot = Math.Clamp(key / Math.Max(1, colours.R.Length) * 1.1f, 0.2f, 0.5f);
        Parallel.For(0, h, y =>
        {
            for (var x = 0; x < w; x++)
            {
                var i = y * w + x;
                var r = colours.R[i];
                var g = colours.G[i];
                var b = colours.B[i];
                var l = ColorMath.Luma(r, g, b);
                // Dramatic tonality: contrast up, lights golden, shadows towards deep umber-blue.
                var c = ColorMath.Clamp01((l - pivot) * 1.5f + pivot * 0.96f) / MathF.Max(l, 0.02f);
                r *= c; g *= c; b *= c;
                var light = ColorMath.SmoothStep(0.45f, 0.95f, l);
                r *= 1f + 0.12f * light; g *= 1f + 0.02f * light; b *= 1f - 0.2f * light;
                var dark = ColorMath.SmoothStep(pivot, pivot * 0.1f, l);
                r += (0.08f - r) * dark * 0.65f; g += (0.07f - g) * dark * 0.65f; b += (0.11f - b) * dark * 0.65f;
                // Glow around the light source.
                var dx = (x - lx) / diagonal;
                var dy = (y - ly) / diagonal;
                var d2 = dx * dx + dy * dy;
                var glow = MathF.Exp(-d2 / (2f * 0.16f * 0.16f));
                r = 1f - (1f - r) * (1f - 0.85f * glow);
                g = 1f - (1f - g) * (1f - 0.62f * glow);
                b = 1f - (1f - b) * (1f - 0.25f * glow);
                // Haze: warm veils of atmosphere, thicker towards the light.
                var veil = ColorMath.SmoothStep(0.45f, 0.8f, haze[i]) * (0.1f + 0.35f * glow);
                r += (0.93f - r) * veil; g += (0.82f - g) * veil; b += (0.62f - b) * veil;
                // Vignette: the edges (away from the light) sink into darkness.
                var ex = (x + 0.5f) / w - 0.5f;
                var ey = (y + 0.5f) / h - 0.5f;
                var v = 1f - 0.85f * ColorMath.SmoothStep(0.1f, 0.55f, ex * ex + ey * ey) * (1f - glow);
                colours.R[i] = ColorMath.Clamp01(r * v);
                colours.G[i] = ColorMath.Clamp01(g * v);
                colours.B[i] = ColorMath.Clamp01(b * v);
            }
        });
        var canvas = colours.Blurred(3f * s);
        // Soft glazes: broad translucent strokes, then finer ones.
        StrokeLayer.Paint(canvas, colours, context.Tensor, new StrokeLayerSettings(7f, 12f, 4f, 0.45f, 0.35f, 0.3f, 0.015f, 0.1f, 0.05f), s, seed + 1, outlines: context.Ink);
        StrokeLayer.Paint(canvas, colours, context.Tensor, new StrokeLayerSettings(5f, 5.5f, 2.2f, 0.5f, 0.4f, 0.2f, 0.01f, 0.08f, 0.03f), s, seed + 2, outlines: context.Ink);
        // Warm varnish and canvas.
        for (var i = 0; i < canvas.R.Length; i++)
        {
            canvas.G[i] *= 0.96f;
            canvas.B[i] *= 0.84f;
        }
        PaperTexture.Apply(canvas, PaperTexture.Canvas(w, h, s, seed + 3), 0.05f);
        return canvas;
    }

    /// <summary>The centre of the brightest broad region (sun, sky glow), slightly preferring the top.</summary>
    private static (float X, float Y) LightSource(StyleContext context)
    {
        var w = context.Width;
        var h = context.Height;
        var broad = context.Luma.Blurred(24f * context.Scale);
        var best = float.MinValue;
        var bx = w / 2f;
        var by = h / 3f;
        for (var y = 0; y < h; y += 2)
        {
            var bias = 0.08f * (1f - y / (float)h);
            for (var x = 0; x < w; x += 2)
            {
                var v = broad[y * w + x] + bias;
                if (v > best) { best = v; bx = x; by = y; }
            }
        }
        return (bx, by);
    }
}
