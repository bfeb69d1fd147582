namespace Easel.Pipeline.Imaging;

/// <summary>Colour conversions on floats (0..1; hue in 0..1 turns).</summary>
public static class ColorMath
{
    /// <summary>0..1 to 0..255, clamped and rounded: the one conversion every float image uses to write pixels.</summary>
    public static byte ToByte(float v) => v <= 0f ? (byte)0 : v >= 1f ? (byte)255 : (byte)(v * 255f + 0.5f);

    /// <summary>Rec. 601 luma: the one luma formula of the procedural stages (planes, colours, the sketch's channels).</summary>
    public static float Luma(float r, float g, float b) => 0.299f * r + 0.587f * g + 0.114f * b;

    public static void RgbToHsv(float r, float g, float b, out float h, out float s, out float v)
    {
        var max = MathF.Max(r, MathF.Max(g, b));
        var min = MathF.Min(r, MathF.Min(g, b));
        v = max;
        var d = max - min;
        s = max > 1e-6f ? d / max : 0f;
        if (d < 1e-6f) { h = 0; return; }
        if (max == r) h = (g - b) / d / 6f;
        else if (max == g) h = (2f + (b - r) / d) / 6f;
        else h = (4f + (r - g) / d) / 6f;
        if (h < 0) h += 1f;
    }

    public static void HsvToRgb(float h, float s, float v, out float r, out float g, out float b)
    {
        h -= MathF.Floor(h);
        var h6 = h * 6f;
        var i = (int)h6;
        var f = h6 - i;
        var p = v * (1 - s);
        var q = v * (1 - s * f);
        var t = v * (1 - s * (1 - f));
        switch (i)
        {
            case 0: r = v; g = t; b = p; break;
            case 1: r = q; g = v; b = p; break;
            case 2: r = p; g = v; b = t; break;
            case 3: r = p; g = q; b = v; break;
            case 4: r = t; g = p; b = v; break;
            default: r = v; g = p; b = q; break;
        }
    }

    public static float Clamp01(float v) => v < 0f ? 0f : v > 1f ? 1f : v;

    public static float SmoothStep(float edge0, float edge1, float x)
    {
        var t = Clamp01((x - edge0) / (edge1 - edge0));
        return t * t * (3 - 2 * t);
    }

    public static float Lerp(float a, float b, float t) => a + (b - a) * t;

    /// <summary>Parses "#rrggbb" into floats; used for the fixed palettes of the styles.</summary>
    public static (float R, float G, float B) Hex(string hex)
    {
        var v = Convert.ToInt32(hex.TrimStart('#'), 16);
        return (((v >> 16) & 255) / 255f, ((v >> 8) & 255) / 255f, (v & 255) / 255f);
    }
}
