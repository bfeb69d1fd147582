namespace Easel.Pipeline.Imaging;

/// <summary>
/// One row of an <see cref="RgbPlanes"/>: the three channels' spans, so a painter's inner loop indexes by x alone
/// instead of writing <c>y * width + x</c> blends by hand. A ref struct over the planes: no copy, no allocation.
/// </summary>
public readonly ref struct RgbRow
{
    public RgbRow(Span<float> r, Span<float> g, Span<float> b)
    {
        R = r;
        G = g;
        B = b;
    }

    public Span<float> R { get; }
    public Span<float> G { get; }
    public Span<float> B { get; }

    public int Length => R.Length;

    public Rgb this[int x]
    {
        get => new(R[x], G[x], B[x]);
        set
        {
            R[x] = value.R;
            G[x] = value.G;
            B[x] = value.B;
        }
    }

    /// <summary>Moves pixel <paramref name="x"/> toward <paramref name="c"/> by <paramref name="alpha"/>, as given (the caller keeps it in 0..1).</summary>
    public void Blend(int x, Rgb c, float alpha)
    {
        R[x] += (c.R - R[x]) * alpha;
        G[x] += (c.G - G[x]) * alpha;
        B[x] += (c.B - B[x]) * alpha;
    }

    /// <summary>Multiplies every pixel of the row by <paramref name="k"/>.</summary>
    public void Scale(float k)
    {
        for (var x = 0; x < R.Length; x++)
        {
            R[x] *= k;
            G[x] *= k;
            B[x] *= k;
        }
    }
}
