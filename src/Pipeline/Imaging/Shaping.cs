namespace Easel.Pipeline.Imaging;

/// <summary>Small shaping functions used all over the procedural painters.</summary>
public static class Shaping
{
    public static float Clamp01(float v) => v < 0 ? 0 : v > 1 ? 1 : v;

    public static float SmoothStep(float edge0, float edge1, float x)
    {
        var t = Clamp01((x - edge0) / (edge1 - edge0));
        return t * t * (3 - 2 * t);
    }

    public static float Lerp(float a, float b, float t) => a + (b - a) * t;
}
