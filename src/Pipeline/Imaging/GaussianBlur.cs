using System.Numerics;

namespace Easel.Pipeline.Imaging;

/// <summary>
/// Gaussian blur approximated by three box blurs (running sums), so the cost per pixel does not grow
/// with sigma: large washes and small pre-smoothing cost the same.
/// </summary>
public static class GaussianBlur
{
    /// <summary>Blurs <paramref name="source"/> into <paramref name="destination"/> (they may be the same array).</summary>
    public static void Apply(float[] source, float[] destination, int width, int height, float sigma)
    {
        if (sigma < 0.3f)
        {
            if (!ReferenceEquals(source, destination)) Array.Copy(source, destination, source.Length);
            return;
        }
        var radii = BoxRadii(sigma);
        var scratch = new float[source.Length];
        if (!ReferenceEquals(source, destination)) Array.Copy(source, destination, source.Length);
        foreach (var r in radii)
        {
            Horizontal(destination, scratch, width, height, r);
            Vertical(scratch, destination, width, height, r);
        }
    }

    public static float[] Blur(float[] source, int width, int height, float sigma)
    {
        var result = new float[source.Length];
        Apply(source, result, width, height, sigma);
        return result;
    }

    /// <summary>Radii of three boxes whose convolution approximates a Gaussian of this sigma (W. Jarosz, "Fast image convolutions").</summary>
    private static int[] BoxRadii(float sigma)
    {
        const int n = 3;
        var ideal = Math.Sqrt(12.0 * sigma * sigma / n + 1);
        var wl = (int)Math.Floor(ideal);
        if (wl % 2 == 0) wl--;
        var wu = wl + 2;
        var m = (int)Math.Round((12.0 * sigma * sigma - n * wl * wl - 4.0 * n * wl - 3.0 * n) / (-4.0 * wl - 4));
        var radii = new int[n];
        for (var i = 0; i < n; i++) radii[i] = ((i < m ? wl : wu) - 1) / 2;
        return radii;
    }

    private static void Horizontal(float[] src, float[] dst, int width, int height, int r)
    {
        if (r <= 0) { Array.Copy(src, dst, src.Length); return; }
        var inv = 1f / (2 * r + 1);
        Parallel.For(0, height, y =>
        {
            var source = src.AsSpan(y * width, width);
            var target = dst.AsSpan(y * width, width);
            var last = width - 1;
            float acc = 0;
            for (var k = -r; k <= r; k++) acc += source[Math.Clamp(k, 0, last)];
            // The running sum, split where the window leaves the row's ends so the middle needs no clamping.
            var x = 0;
            var middleEnd = Math.Min(width, width - r - 1);
            for (; x < Math.Min(r, middleEnd); x++)
            {
                target[x] = acc * inv;
                acc += source[x + r + 1] - source[0];
            }
            for (; x < middleEnd; x++)
            {
                target[x] = acc * inv;
                acc += source[x + r + 1] - source[x - r];
            }
            for (; x < width; x++)
            {
                target[x] = acc * inv;
                acc += source[last] - source[Math.Max(x - r, 0)];
            }
        });
    }

    /// <summary>Vertical pass over strips of columns, walking rows so memory is read in order, a vector of columns at a time.</summary>
    private static void Vertical(float[] src, float[] dst, int width, int height, int r)
    {
        if (r <= 0) { Array.Copy(src, dst, src.Length); return; }
        var inv = new Vector<float>(1f / (2 * r + 1));
        const int strip = 64;
        var strips = (width + strip - 1) / strip;
        Parallel.For(0, strips, s =>
        {
            var x0 = s * strip;
            var n = Math.Min(width, x0 + strip) - x0;
            Span<float> acc = stackalloc float[strip];
            acc.Clear();
            var last = height - 1;
            for (var k = -r; k <= r; k++) Add(acc[..n], src.AsSpan(Math.Clamp(k, 0, last) * width + x0, n));
            for (var y = 0; y < height; y++)
            {
                var target = dst.AsSpan(y * width + x0, n);
                var added = src.AsSpan(Math.Min(y + r + 1, last) * width + x0, n);
                var removed = src.AsSpan(Math.Max(y - r, 0) * width + x0, n);
                var i = 0;
                for (; i <= n - Vector<float>.Count; i += Vector<float>.Count)
                {
                    var a = new Vector<float>(acc[i..]);
                    (a * inv).CopyTo(target[i..]);
                    (a + (new Vector<float>(added[i..]) - new Vector<float>(removed[i..]))).CopyTo(acc[i..]);
                }
                for (; i < n; i++)
                {
                    target[i] = acc[i] * inv[0];
                    acc[i] += added[i] - removed[i];
                }
            }
        });
    }

    private static void Add(Span<float> accumulator, ReadOnlySpan<float> values)
    {
        var i = 0;
        for (; i <= accumulator.Length - Vector<float>.Count; i += Vector<float>.Count)
            (new Vector<float>(accumulator[i..]) + new Vector<float>(values[i..])).CopyTo(accumulator[i..]);
        for (; i < accumulator.Length; i++) accumulator[i] += values[i];
    }
}
