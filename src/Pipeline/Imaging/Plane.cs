namespace Easel.Pipeline.Imaging;

/// <summary>
/// A single float plane (row-major, pixel <c>y * Width + x</c>): luma, masks, line ink. The grey counterpart of
/// <see cref="RgbPlanes"/>; kernels index it directly (<c>plane[i]</c> is a reference into <see cref="Data"/>).
/// </summary>
public sealed class Plane
{
    public Plane(int width, int height) : this(width, height, new float[width * height])
    {
    }

    /// <summary>Wraps <paramref name="data"/> (no copy); it must hold exactly width x height values.</summary>
    public Plane(int width, int height, float[] data)
    {
        if (data.Length != width * height) throw new ArgumentException($"a {width}x{height} plane needs {width * height} values, not {data.Length}", nameof(data));
        Width = width;
        Height = height;
        Data = data;
    }

    public int Width { get; }
    public int Height { get; }
    public float[] Data { get; }

    public int Length => Data.Length;

    public ref float this[int i] => ref Data[i];

    public Span<float> Row(int y) => Data.AsSpan(y * Width, Width);

    /// <summary>A blurred copy (<see cref="GaussianBlur"/>).</summary>
    public Plane Blurred(float sigma) => new(Width, Height, GaussianBlur.Blur(Data, Width, Height, sigma));
}
