using Easel.Pipeline.Imaging;
using Easel.Pipeline.Style;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// Fauvism (Matisse, Derain): colour freed from nature. Saturation is pushed to the limit, hues are
/// shifted (shadows to violet, blue and green, lights to yellow, orange and pink), painted in thick broad
/// strokes and held together by bold ultramarine outlines.
/// </summary>
public sealed class FauvismRenderer : IStyleRenderer
{
    public string Style => StyleNames.Fauvism;

    public RgbPlanes Render(StyleContext context)
    {
        var s = context.Scale;
        var w = context.Width;
        var h = context.Height;
        var seed = context.SeedFor(Style);
        var colours = context.Source.Blurred(2f * s);
        var drift = HashNoise.FbmPlane(w, h, 70f * s, seed, 2);
        Parallel.For(0, h, y =>
        {
            for (var i = y * w; i < (y + 1) * w; i++)
            {
                ColorMath.RgbToHsv(colours.R[i], colours.G[i], colours.B[i], out var hue, out var sat, out var val);
                var shift = (drift[i] - 0.5f) * 0.22f;
                if (val < 0.45f)
                {
                    // Complementary shadows: violet, ultramarine or viridian instead of dark tones.
                    var target = drift[i] < 0.5f ? 0.75f : 0.47f;
                    hue = Lerp(hue, target, 0.7f);
                    sat = 0.85f;
                    val = 0.32f + val * 0.6f;
                }
                else if (val > 0.85f && sat < 0.3f)
                {
                    // Pale lights become cadmium yellow, orange or pink.
                    hue = drift[i] < 0.5f ? 0.12f + shift * 0.3f : 0.95f + shift * 0.3f;
                    sat = 0.55f + sat * 0.5f;
                }
                else
                {
                    hue += shift;
                    sat = MathF.Min(1f, 0.45f + sat * 1.5f);
                    val = MathF.Min(1f, 0.2f + val * 0.9f);
                }
                ColorMath.HsvToRgb(hue, sat, val, out colours.R[i], out colours.G[i], out colours.B[i]);
            }
        });
        var canvas = colours.Blurred(5f * s);
        var tensor = context.Tensor;
        StrokeLayer.Paint(canvas, colours, tensor, new StrokeLayerSettings(7f, 10f, 4.2f, 0.95f, 0.55f, 0.35f, 0.05f, 0.15f, 0.08f), s, seed + 1, outlines: context.Ink);
        StrokeLayer.Paint(canvas, colours, tensor, new StrokeLayerSettings(4.5f, 6f, 2.6f, 0.95f, 0.5f, 0.3f, 0.04f, 0.1f, 0.06f), s, seed + 2,
            Detail(context), outlines: context.Ink);
        // Bold outlines, thickened, in ultramarine.
        var outline = context.Ink.Blurred(1.6f * s);
        var (lr, lg, lb) = ColorMath.Hex("#1d2a8c");
        for (var i = 0; i < outline.Length; i++)
        {
            var a = ColorMath.SmoothStep(0.08f, 0.28f, outline[i]) * 0.92f;
            canvas.R[i] += (lr - canvas.R[i]) * a;
            canvas.G[i] += (lg - canvas.G[i]) * a;
            canvas.B[i] += (lb - canvas.B[i]) * a;
        }
        PaperTexture.Apply(canvas, PaperTexture.Canvas(w, h, s, seed + 3), 0.05f);
        return canvas;
    }

    private static Plane Detail(StyleContext context)
    {
        var detail = context.Ink.Blurred(4f * context.Scale);
        for (var i = 0; i < detail.Length; i++) detail[i] = Math.Min(1f, detail[i] * 3f);
        return detail;
    }

    private static float Lerp(float a, float b, float t)
    {
        // Hue interpolation the short way round the circle.
        var d = b - a;
        d -= MathF.Round(d);
        return a + d * t;
    }
}
