using Easel.Pipeline.Imaging;
using Easel.Pipeline.Style;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// Realism (Millet, Courbet): faithful drawing and colour in a natural, earthy tonality: slightly muted
/// and warmed colours, gentle contrast, small blended brush strokes that show only up close, canvas weave.
/// </summary>
public sealed class RealismRenderer : IStyleRenderer
{
    public string Style => StyleNames.Realism;

    public RgbPlanes Render(StyleContext context)
    {
        var s = context.Scale;
        var w = context.Width;
        var h = context.Height;
        var seed = context.SeedFor(Style);
        var colours = context.Source.Blurred(0.8f * s);
        Parallel.For(0, h, y =>
        {
            for (var i = y * w; i < (y + 1) * w; i++)
            {
                var r = colours.R[i];
                var g = colours.G[i];
                var b = colours.B[i];
                var l = ColorMath.Luma(r, g, b);
                // Earth palette: a quarter of the way to grey, warmed (raw umber in the shadows).
                r = l + (r - l) * 0.72f;
                g = l + (g - l) * 0.72f;
                b = l + (b - l) * 0.72f;
                var shadow = 1f - l;
                r *= 1.03f - 0.02f * shadow;
                g *= 1.0f - 0.04f * shadow;
                b *= 0.9f - 0.08f * shadow;
                colours.R[i] = SCurve(r);
                colours.G[i] = SCurve(g);
                colours.B[i] = SCurve(b);
            }
        });
        var canvas = colours.Clone();
        StrokeLayer.Paint(canvas, colours, context.Tensor, new StrokeLayerSettings(4.5f, 5f, 2.3f, 0.5f, 0.45f, 0.2f, 0.01f, 0.08f, 0.035f), s, seed, outlines: context.Ink);
        // Forms are modelled, not outlined: a faint darkening along the sketch's lines.
        var lines = context.Ink.Blurred(1f * s);
        for (var i = 0; i < lines.Length; i++)
        {
            var f = 1f - 0.18f * lines[i];
            canvas.R[i] *= f;
            canvas.G[i] *= f;
            canvas.B[i] *= f;
        }
        PaperTexture.Apply(canvas, PaperTexture.Canvas(w, h, s, seed + 1), 0.035f);
        return canvas;
    }

    private static float SCurve(float v)
    {
        v = ColorMath.Clamp01(v);
        return v + 0.35f * (v * v * (3 - 2 * v) - v);
    }
}
