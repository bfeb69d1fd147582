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

    private readonly Plane weight;
    private readonly RgbPlanes colour;

    private AccentWash(Plane weight, RgbPlanes colour)
    {
        this.weight = weight;
        this.colour = colour;
    }

    /// <param name="accent">Per pixel 0..1, where the named things are.</param>
    /// <param name="scale">The renderer's size scale (1 at 512 px).</param>
    public static AccentWash From(RgbPlanes source, Plane accent, float scale) =>
        // Wet colour bleeds a little past the outline and evens out the glyph's fine detail.
        new(accent.Blurred(1.2f * scale), source.Blurred(1.5f * scale));

    /// <summary>Blends the named colour, times <paramref name="shade"/> (the style's lines and shading), into pixel i.</summary>
    public void Paint(RgbPlanes output, int i, float shade)
    {
        var k = weight[i] * Opacity;
        if (k <= 0.004f) return;
        var (r, g, b) = (colour.R[i], colour.G[i], colour.B[i]);
        var grey = ColorMath.Luma(r, g, b);
        output.R[i] = ColorMath.Clamp01(ColorMath.Lerp(output.R[i], (grey + (r - grey) * Saturation) * shade, k));
        output.G[i] = ColorMath.Clamp01(ColorMath.Lerp(output.G[i], (grey + (g - grey) * Saturation) * shade, k));
        output.B[i] = ColorMath.Clamp01(ColorMath.Lerp(output.B[i], (grey + (b - grey) * Saturation) * shade, k));
    }
}
