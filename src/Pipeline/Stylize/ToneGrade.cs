using Easel.Pipeline.Imaging;
using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// The revision tone as a final grade over the stylized picture, so "darker" or "warmer" keeps every
/// stroke where it was. Brightness works through gain and gamma (darker) or gain and screen (lighter),
/// strong enough that one revision step (±0.35) moves mean luminance by well over 15%.
/// </summary>
public static class ToneGrade
{
    public static void Apply(RgbPlanes image, Tone tone)
    {
        var brightness = (float)Math.Clamp(tone.Brightness, -1, 1);
        var warmth = (float)Math.Clamp(tone.Warmth, -1, 1);
        if (brightness == 0f && warmth == 0f) return;
        float gain, gamma, screen;
        if (brightness < 0)
        {
            gain = 1f + 0.72f * brightness;      // -0.35 -> 0.75
            gamma = 1f - 0.5f * brightness;      // -0.35 -> 1.175 (shadows deepen more than highlights)
            screen = 0f;
        }
        else
        {
            gain = 1f + 0.5f * brightness;
            gamma = 1f - 0.25f * brightness;
            screen = 0.6f * brightness;          // lifts the shadows towards white
        }
        // Warm: more red/orange, less blue; cool: the reverse.
        var wr = 1f + 0.16f * warmth;
        var wg = 1f + 0.04f * warmth;
        var wb = 1f - 0.22f * warmth;
        var planes = new[] { (image.R, wr), (image.G, wg), (image.B, wb) };
        var n = image.R.Length;
        Parallel.ForEach(planes, p =>
        {
            var (channel, warm) = p;
            for (var i = 0; i < n; i++)
            {
                var v = channel[i];
                v = MathF.Pow(Math.Max(v, 0f), gamma) * gain;
                v = 1f - (1f - Math.Min(v, 1f)) * (1f - screen);
                channel[i] = ColorMath.Clamp01(v * warm);
            }
        });
    }
}
