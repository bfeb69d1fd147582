namespace Easel.Pipeline.Imaging;

/// <summary>A linear-blend colour in 0..1 per channel (sRGB-encoded values; blends are done on them directly, which is what painters see).</summary>
public readonly record struct Rgb(float R, float G, float B)
{
    public static Rgb Black { get; } = new(0, 0, 0);
    public static Rgb White { get; } = new(1, 1, 1);

    public static Rgb FromBytes(byte r, byte g, byte b) => new(r / 255f, g / 255f, b / 255f);

    public static Rgb operator +(Rgb a, Rgb b) => new(a.R + b.R, a.G + b.G, a.B + b.B);
    public static Rgb operator -(Rgb a, Rgb b) => new(a.R - b.R, a.G - b.G, a.B - b.B);
    public static Rgb operator *(Rgb a, float k) => new(a.R * k, a.G * k, a.B * k);
    public static Rgb operator *(Rgb a, Rgb b) => new(a.R * b.R, a.G * b.G, a.B * b.B);

    public static Rgb Lerp(Rgb a, Rgb b, float t) => new(a.R + (b.R - a.R) * t, a.G + (b.G - a.G) * t, a.B + (b.B - a.B) * t);

    public float Luma => ColorMath.Luma(R, G, B);

    /// <summary>Moves the colour toward its grey by <paramref name="amount"/> (0 keeps it, 1 makes it grey).</summary>
    public Rgb Desaturate(float amount) => Lerp(this, new Rgb(Luma, Luma, Luma), amount);
}
