using Easel.Pipeline.Imaging;
using Easel.Pipeline.Style;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// Chinese ink painting (shuimo): monochrome ink on warm rice paper. Dark parts of the picture become a
/// few tones of wash that spread wet into the paper, light parts stay empty paper (mist), the sketch's
/// lines become dry-brush strokes that break up; a red seal in the corner. A thing whose colour the text named ("a
/// red umbrella") keeps it, as ink painters keep a red flower: a wash of its own colour under the ink lines.
/// </summary>
public sealed class ChineseInkRenderer : IStyleRenderer
{
    public string Style => StyleNames.ChineseInk;

    public RgbPlanes Render(StyleContext context)
    {
        var s = context.Scale;
        var w = context.Width;
        var h = context.Height;
        var seed = context.SeedFor(Style);
        // Tone from the HSV value, not luminance: a deep blue sky is bright paint, and must stay empty paper.
        var value = new float[w * h];
        for (var i = 0; i < value.Length; i++)
            value[i] = MathF.Max(context.Source.R[i], MathF.Max(context.Source.G[i], context.Source.B[i]));
        var luma = GaussianBlur.Blur(value, w, h, 1.5f * s);
        var surroundings = GaussianBlur.Blur(value, w, h, 28f * s);
        var n = w * h;
        // Ink is relative: the darkest part of this picture gets the darkest ink, whatever its absolute brightness
        // (pale misty mountains under a bright sky still read as the dark mass of the scene).
        var (low, high) = Percentiles(luma, 0.04f, 0.96f);
        var range = MathF.Max(0.15f, high - low);
        var wash = new float[n];
        var mist = HashNoise.FbmPlane(w, h, 90f * s, seed, 3);
        for (var i = 0; i < n; i++)
        {
            // Ink goes where things are darker than their surroundings (the elements) and where the picture
            // is really dark; broad even areas (sky, sea, fields) get at most a pale wash and stay mostly paper.
            var local = MathF.Max(0f, surroundings[i] - luma[i] - 0.05f) * 3.5f;
            var relative = ColorMath.Clamp01((luma[i] - low) / range);
            var dark = ColorMath.SmoothStep(0.55f, 0.08f, relative);
            var pale = ColorMath.SmoothStep(0.8f, 0.3f, relative) * 0.2f;
            var d = ColorMath.Clamp01(MathF.Max(local, dark * 0.85f) + pale);
            var q = Posterize(d);
            d = d * 0.35f + q * 0.65f;
            // Drifting mist leaves bands of empty paper.
            d *= ColorMath.SmoothStep(0.3f, 0.6f, mist[i] + 0.15f);
            wash[i] = d;
        }
        // Wet ink spreads: a near and a far bleed, the far one faint; pooled ink darkens the wash's edge.
        var near = GaussianBlur.Blur(wash, w, h, 2f * s);
        var far = GaussianBlur.Blur(wash, w, h, 7f * s);
        var fibres = PaperTexture.Fibres(w, h, s, seed + 1);
        var grain = HashNoise.FbmPlane(w, h, 3f * s, seed + 2, 2);
        var lines = context.Ink.Blurred(0.7f * s);
        var output = new RgbPlanes(w, h);
        var colour = context.Accent is { } named ? AccentWash.From(context.Source, named, s) : null;
        var paper = (R: 0.945f, G: 0.918f, B: 0.85f);
        var ink = (R: 0.07f, G: 0.065f, B: 0.07f);
        Parallel.For(0, h, y =>
        {
            for (var x = 0; x < w; x++)
            {
                var i = y * w + x;
                var edge = MathF.Max(0f, near[i] - far[i]) * 1.2f;
                var d = MathF.Max(near[i], far[i] * 0.55f) + edge;
                d *= 0.85f + 0.3f * grain[i];
                // Dry brush: the line breaks where the brush skips over the paper's tooth.
                var dry = HashNoise.Value(x / (1.6f * s), y / (9f * s), seed + 3) * 0.6f + HashNoise.Value(x / (9f * s), y / (1.6f * s), seed + 4) * 0.4f;
                var stroke = ColorMath.SmoothStep(0.12f, 0.45f, lines[i]) * (dry > 0.32f ? 0.95f : 0.25f);
                var total = ColorMath.Clamp01(1f - (1f - ColorMath.Clamp01(d) * 0.85f) * (1f - stroke));
                var f = 1f + fibres[i] * 0.05f;
                output.R[i] = ColorMath.Clamp01((paper.R + (ink.R - paper.R) * total) * f);
                output.G[i] = ColorMath.Clamp01((paper.G + (ink.G - paper.G) * total) * f);
                output.B[i] = ColorMath.Clamp01((paper.B + (ink.B - paper.B) * total) * f);
                // The named colour: under the same lines, the wash only shading it.
                colour?.Paint(output, i, (1f - 0.3f * ColorMath.Clamp01(d)) * (1f - 0.85f * stroke) * f);
            }
        });
        PaintSeal(output, s, seed + 5);
        return output;
    }

    /// <summary>The values below which the given fractions of the plane lie (from a 256-bin histogram).</summary>
    private static (float Low, float High) Percentiles(float[] plane, float low, float high)
    {
        var bins = new int[256];
        foreach (var v in plane) bins[(int)(ColorMath.Clamp01(v) * 255f)]++;
        float Find(float fraction)
        {
            var target = fraction * plane.Length;
            var sum = 0;
            for (var b = 0; b < 256; b++)
            {
                sum += bins[b];
                if (sum >= target) return b / 255f;
            }
            return 1f;
        }
        return (Find(low), Find(high));
    }

    private static float Posterize(float d) =>
        d < 0.12f ? 0f : d < 0.4f ? 0.22f : d < 0.7f ? 0.55f : 0.9f;

    /// <summary>A vermilion artist's seal, bottom right, with carved (white) marks on a 4x4 grid.</summary>
    private static void PaintSeal(RgbPlanes image, float s, int seed)
    {
        var size = (int)(30 * s);
        var margin = (int)(18 * s);
        var x0 = image.Width - margin - size;
        var y0 = image.Height - margin - size;
        if (x0 < 0 || y0 < 0) return;
        var cell = size / 4f;
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var border = x < 2 * s || y < 2 * s || x >= size - 2 * s || y >= size - 2 * s;
                var inner = x >= 3 * s && y >= 3 * s && x < size - 3 * s && y < size - 3 * s;
                var cx = (int)(x / cell);
                var cy = (int)(y / cell);
                // Carved strokes: each grid cell is either a horizontal or a vertical bar, or empty.
                var kind = HashNoise.Hash(cx, cy, seed) % 3;
                var fx = x / cell - cx;
                var fy = y / cell - cy;
                var carved = inner && (kind == 0 ? MathF.Abs(fy - 0.5f) < 0.16f : kind == 1 && MathF.Abs(fx - 0.5f) < 0.16f);
                // Uneven seal paste.
                var paste = HashNoise.Value(x / (2f * s), y / (2f * s), seed + 1);
                if ((!border && !inner) || carved || paste < 0.18f) continue;
                var i = (y0 + y) * image.Width + x0 + x;
                image.R[i] = 0.72f + paste * 0.08f;
                image.G[i] = 0.14f + paste * 0.05f;
                image.B[i] = 0.11f;
            }
        }
    }
}
