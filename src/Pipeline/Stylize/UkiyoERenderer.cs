using Easel.Pipeline.Imaging;
using Easel.Pipeline.Style;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// Ukiyo-e woodblock print (Hokusai, Hiroshige): flat areas in a small palette of block colours
/// (indigo, Prussian blue, vermilion, ochre, sage…), bold even outlines from the sketch, a graded
/// band of indigo at the top (bokashi), print mottling and washi paper.
/// </summary>
public sealed class UkiyoERenderer : IStyleRenderer
{
    private static readonly string[] PaletteHex =
    [
        "#f1e6cc", "#b9cfd4", "#6b93b0", "#2f5877", "#1d2f4a", "#c84a2f", "#dd9c86", "#c8963f",
        "#e9d28f", "#97a56a", "#5d7b47", "#34503a", "#80553a", "#a29c8d", "#2b2724",
    ];

    public string Style => StyleNames.UkiyoE;

    public RgbPlanes Render(StyleContext context)
    {
        var s = context.Scale;
        var w = context.Width;
        var h = context.Height;
        var seed = context.SeedFor(Style);
        var palette = PaletteHex.Select(ColorMath.Hex).ToArray();
        var flat = context.Source.Blurred(2.5f * s);
        var output = new RgbPlanes(w, h);
        var line = context.Ink.Blurred(0.9f * s);
        var mottle = HashNoise.FbmPlane(w, h, 6f * s, seed, 3);
        var fibres = PaperTexture.Fibres(w, h, s, seed + 1);
        var indigo = palette[4];
        var ink = palette[14];
        Parallel.For(0, h, y =>
        {
            // Bokashi: the top of the print is wiped from deep indigo into the colour below.
            var top = Math.Max(0f, 1f - y / (0.42f * h));
            var bokashi = top * top * 0.9f;
            for (var x = 0; x < w; x++)
            {
                var i = y * w + x;
                ColorMath.RgbToHsv(flat.R[i], flat.G[i], flat.B[i], out var hue, out var sat, out var val);
                ColorMath.HsvToRgb(hue, ColorMath.Clamp01(sat * 1.25f), val, out var sr, out var sg, out var sb);
                var k = Nearest(palette, sr, sg, sb);
                var (r, g, b) = palette[k];
                if (k is 1 or 2 or 3)
                {
                    r += (indigo.R - r) * bokashi;
                    g += (indigo.G - g) * bokashi;
                    b += (indigo.B - b) * bokashi;
                }
                // Uneven pigment of a hand-printed block, and the paper's fibres.
                var m = 1f + (mottle[i] - 0.5f) * 0.07f + fibres[i] * 0.03f;
                r *= m;
                g *= m;
                b *= m;
                var l = ColorMath.SmoothStep(0.1f, 0.32f, line[i]);
                output.R[i] = ColorMath.Clamp01(r + (ink.R - r) * l);
                output.G[i] = ColorMath.Clamp01(g + (ink.G - g) * l);
                output.B[i] = ColorMath.Clamp01(b + (ink.B - b) * l);
            }
        });
        return output;
    }

    /// <summary>Nearest palette colour by a perceptually weighted RGB distance ("redmean").</summary>
    internal static int Nearest((float R, float G, float B)[] palette, float r, float g, float b)
    {
        var best = 0;
        var bestD = float.MaxValue;
        for (var k = 0; k < palette.Length; k++)
        {
            var p = palette[k];
            var rm = (r + p.R) * 0.5f;
            var dr = r - p.R;
            var dg = g - p.G;
            var db = b - p.B;
            var d = (2f + rm) * dr * dr + 4f * dg * dg + (3f - rm) * db * db;
            if (d < bestD) { bestD = d; best = k; }
        }
        return best;
    }
}
