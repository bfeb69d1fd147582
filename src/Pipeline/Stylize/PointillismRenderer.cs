using Easel.Pipeline.Imaging;
using Easel.Pipeline.Style;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// Pointillism (Seurat, Signac): small dots of near-pure colour on a light ground, mixed by the eye;
/// neighbouring and complementary hues sit next to each other, shadows get blue/violet instead of black.
/// </summary>
public sealed class PointillismRenderer : IStyleRenderer
{
    public string Style => StyleNames.Pointillism;

    public RgbPlanes Render(StyleContext context)
    {
        var s = context.Scale;
        var w = context.Width;
        var h = context.Height;
        var seed = context.SeedFor(Style);
        var colours = context.Source.Blurred(2.5f * s);
        var canvas = new RgbPlanes(w, h);
        canvas.Fill(0.95f, 0.93f, 0.86f);
        PaperTexture.Apply(canvas, PaperTexture.Canvas(w, h, s, seed), 0.04f);
        var random = new Random(seed);
        // Three passes of dots on jittered grids; later passes smaller, so the ground shows a little.
        PaintDots(canvas, colours, context, random, 5.6f * s, 2.9f * s, 0.1f);
        PaintDots(canvas, colours, context, random, 4.8f * s, 2.4f * s, 0.07f);
        PaintDots(canvas, colours, context, random, 4.0f * s, 1.9f * s, 0.04f);
        return canvas;
    }

    private static void PaintDots(RgbPlanes canvas, RgbPlanes colours, StyleContext context, Random random, float spacing, float radius, float complementChance)
    {
        var w = context.Width;
        var h = context.Height;
        var cols = (int)MathF.Ceiling(w / spacing);
        var rows = (int)MathF.Ceiling(h / spacing);
        var order = new int[cols * rows];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        random.Shuffle(order);
        foreach (var cell in order)
        {
            var x = (cell % cols + (float)random.NextDouble()) * spacing;
            var y = (cell / cols + (float)random.NextDouble()) * spacing;
            var pick = (float)random.NextDouble();
            var shift = (float)random.NextDouble() - 0.5f;
            var size = 0.8f + 0.4f * (float)random.NextDouble();
            var i = context.IndexAt(x, y);
            ColorMath.RgbToHsv(colours.R[i], colours.G[i], colours.B[i], out var hue, out var sat, out var val);
            // Pure-ish pigment: raise saturation, keep value.
            sat = MathF.Min(1f, 0.12f + sat * 1.35f);
            if (val < 0.3f && pick > 0.5f)
            {
                // Shadows: deep blue and violet dots instead of black.
                var toBlue = 0.68f - hue;
                toBlue -= MathF.Round(toBlue);          // the short way round the hue circle
                hue += toBlue * 0.6f + shift * 0.1f;
                sat = MathF.Max(sat, 0.55f);
                val = 0.15f + val;
            }
            else if (val < 0.3f)
            {
                val = 0.1f + val;                       // the local colour, deep but not black
            }
            else if (pick < complementChance)
            {
                // A complementary dot, lighter, in small numbers (optical vibration).
                hue += 0.5f;
                sat *= 0.7f;
                val = MathF.Min(1f, val * 1.05f + 0.1f);
            }
            else if (pick < complementChance + 0.14f)
            {
                hue += shift > 0 ? 1f / 12f : -1f / 12f;  // neighbouring hue
            }
            else if (pick < complementChance + 0.26f)
            {
                sat *= 0.4f;                            // a tint: pigment with white
                val = MathF.Min(1f, val + 0.2f);
            }
            // A limited box of pure pigments: twelve hues.
            hue = MathF.Round(hue * 12f) / 12f;
            ColorMath.HsvToRgb(hue, sat, val, out var r, out var g, out var b);
            BrushPainter.Dab(canvas, x, y, radius * size, r, g, b, 0.95f);
        }
    }
}
