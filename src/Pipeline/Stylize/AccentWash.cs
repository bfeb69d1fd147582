using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// The colour of the things whose colour the text named, for a style that otherwise paints without colour (Chinese
/// ink): a soft-edged wash of each thing's own colour from the merged picture, slightly muted, as an ink painter adds a
/// red flower or a blue robe to a monochrome scroll. A user who wrote "a red umbrella" sees a red umbrella.
/// </summary>
internal sealed class AccentWash
{
    /// <summary>How much of its colour a thing keeps (the rest goes to grey): restrained, never the fauvist's full colour.</summary>
    private const float Saturation = 0.8f;

    /// <summary>At most this much of the style's own paint is replaced, so the paper's fibres still show through.</summary>
    private const float Opacity = 0.92f;

    private readonly float[] weight;
    private readonly float[] r, g, b;

    private AccentWash(float[] weight, float[] r, float[] g, float[] b)
    {
        this.weight = weight;
        this.r = r;
        this.g = g;
        this.b = b;
    }

    /// <param name="accent">Per pixel 0..1, where the named things are.</param>
    /// <param name="scale">The renderer's size scale (1 at 512 px).</param>
    public static AccentWash From(RgbPlanes source, Plane accent, float scale)
    {
        var w = source.Width;
        var h = source.Height;
        // Wet colour bleeds a little past the outline and evens out the glyph's fine detail.
        var weight = GaussianBlur.Blur(accent.Data, w, h, 1.2f * scale);
        return new AccentWash(weight, GaussianBlur.Blur(source.R, w, h, 1.5f * scale), GaussianBlur.Blur(source.G, w, h, 1.5f * scale),
            GaussianBlur.Blur(source.B, w, h, 1.5f * scale));
    }

    /// <summary>Blends the named colour, times <paramref name="shade"/> (the style's lines and shading), into pixel i.</summary>
    public void Paint(RgbPlanes output, int i, float shade)
    {
        var k = weight[i] * Opacity;
        if (k <= 0.004f) return;
        var grey = 0.3f * r[i] + 0.59f * g[i] + 0.11f * b[i];
        output.R[i] = Mix(output.R[i], (grey + (r[i] - grey) * Saturation) * shade, k);
        output.G[i] = Mix(output.G[i], (grey + (g[i] - grey) * Saturation) * shade, k);
        output.B[i] = Mix(output.B[i], (grey + (b[i] - grey) * Saturation) * shade, k);
    }

    private static float Mix(float a, float b, float k) => ColorMath.Clamp01(a + (b - a) * k);
}
