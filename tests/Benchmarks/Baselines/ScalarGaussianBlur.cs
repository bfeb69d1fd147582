namespace Easel.Benchmarks.Baselines;

/// <summary>
/// The baseline for <see cref="Easel.Pipeline.Imaging.GaussianBlur"/>: its scalar code as it was before it was
/// vectorised (kept only here, so one BenchmarkDotNet run shows the ratio on whatever machine runs it).
/// </summary>
public static class ScalarGaussianBlur
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
            var o = y * width;
            var last = width - 1;
            float acc = 0;
            for (var k = -r; k <= r; k++) acc += src[o + Math.Clamp(k, 0, last)];
            for (var x = 0; x < width; x++)
            {
                dst[o + x] = acc * inv;
                acc += src[o + Math.Min(x + r + 1, last)] - src[o + Math.Max(x - r, 0)];
            }
        });
    }

    /// <summary>Vertical pass over strips of columns, walking rows so memory is read in order.</summary>
    private static void Vertical(float[] src, float[] dst, int width, int height, int r)
    {
        if (r <= 0) { Array.Copy(src, dst, src.Length); return; }
        var inv = 1f / (2 * r + 1);
        const int strip = 64;
        var strips = (width + strip - 1) / strip;
        Parallel.For(0, strips, s =>
        {
            var x0 = s * strip;
            var x1 = Math.Min(width, x0 + strip);
            var n = x1 - x0;
            Span<float> acc = stackalloc float[strip];
            acc.Clear();
            var last = height - 1;
            for (var k = -r; k <= r; k++)
            {
                var o = Math.Clamp(k, 0, last) * width + x0;
                for (var i = 0; i < n; i++) acc[i] += src[o + i];
            }
            for (var y = 0; y < height; y++)
            {
                var od = y * width + x0;
                var oa = Math.Min(y + r + 1, last) * width + x0;
                var os = Math.Max(y - r, 0) * width + x0;
                for (var i = 0; i < n; i++)
                {
                    dst[od + i] = acc[i] * inv;
                    acc[i] += src[oa + i] - src[os + i];
                }
            }
        });
    }
}
