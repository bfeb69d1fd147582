using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// The final tonal grade of a revision's <see cref="Tone"/>: brightness scales toward black or lifts toward white
/// (so "darker" always lowers mean luminance and keeps contrast), warmth shifts red against blue.
/// </summary>
internal static class NeuralTone
{
    /// <summary>Grades one pixel in place; channels in 0..1.</summary>
    public static void Apply(Tone tone, ref float r, ref float g, ref float b)
    {
        var brightness = (float)Math.Clamp(tone.Brightness, -1, 1);
        var warmth = (float)Math.Clamp(tone.Warmth, -1, 1);
        if (brightness < 0)
        {
            var k = 1f + 0.55f * brightness;
            r *= k; g *= k; b *= k;
        }
        else if (brightness > 0)
        {
            var k = 0.45f * brightness;
            r += (1 - r) * k; g += (1 - g) * k; b += (1 - b) * k;
        }
        if (warmth != 0)
        {
            r = Math.Clamp(r * (1 + 0.14f * warmth), 0, 1);
            g = Math.Clamp(g * (1 + 0.03f * warmth), 0, 1);
            b = Math.Clamp(b * (1 - 0.14f * warmth), 0, 1);
        }
    }

    public static bool IsNeutral(Tone tone) => tone.Brightness == 0 && tone.Warmth == 0;
}
