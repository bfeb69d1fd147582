using Easel.Pipeline.Imaging;
using Easel.Pipeline.Style;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// Impressionism (Monet, Renoir): short visible strokes of bright, broken colour laid along the forms,
/// over a light underpainting; no outlines, detail carried by smaller strokes where the picture has edges.
/// </summary>
public sealed class ImpressionismRenderer : IStyleRenderer
{
    public string Style => StyleNames.Impressionism;

    public RgbPlanes Render(StyleContext context)
    {
        var s = context.Scale;
        var seed = context.SeedFor(Style);
        // A high-key palette: impressionists painted light, saturated, and avoided black.
        var colours = context.Source.Blurred(1.2f * s);
        Brighten(colours, 1.3f, 0.06f);
        var canvas = colours.Blurred(6f * s);
        var tensor = context.Tensor;
        StrokeLayer.Paint(canvas, colours, tensor, new StrokeLayerSettings(5.5f, 7f, 2.6f, 0.92f, 0.7f, 0.3f, 0.035f, 0.3f, 0.1f), s, seed, outlines: context.Ink);
        // Broken colour: sparser strokes with stronger hue shifts sit between the others.
        StrokeLayer.Paint(canvas, colours, tensor, new StrokeLayerSettings(8f, 5f, 2.2f, 0.85f, 0.8f, 0.35f, 0.09f, 0.4f, 0.14f, 0.55f), s, seed + 1, outlines: context.Ink);
        // Detail: small strokes where the sketch has lines, so forms stay readable.
        var detail = context.Ink.Blurred(3f * s);
        for (var i = 0; i < detail.Length; i++) detail[i] = Math.Min(1f, detail[i] * 3f);
        StrokeLayer.Paint(canvas, colours, tensor, new StrokeLayerSettings(2.6f, 3.5f, 1.4f, 0.9f, 0.5f, 0.2f, 0.03f, 0.2f, 0.06f), s, seed + 2, detail, outlines: context.Ink);
        PaperTexture.Apply(canvas, PaperTexture.Canvas(context.Width, context.Height, s, seed + 3), 0.05f);
        return canvas;
    }

    /// <summary>Raises saturation and lifts values, keeping hue.</summary>
    internal static void Brighten(RgbPlanes image, float saturation, float lift)
    {
        Parallel.For(0, image.Height, y =>
        {
            for (var i = y * image.Width; i < (y + 1) * image.Width; i++)
            {
                ColorMath.RgbToHsv(image.R[i], image.G[i], image.B[i], out var h, out var sat, out var v);
                sat = ColorMath.Clamp01(sat * saturation);
                v = ColorMath.Clamp01(lift + v * (1f - lift));
                ColorMath.HsvToRgb(h, sat, v, out image.R[i], out image.G[i], out image.B[i]);
            }
        });
    }
}
