namespace Easel.Pipeline.Imaging;

/// <summary>Halving and doubling of float planes, for work that needs only half the resolution.</summary>
public static class Resampling
{
    /// <summary>2x2 box average to ((w+1)/2, (h+1)/2); the odd last row or column averages what it has.</summary>
    public static float[] Halve(float[] plane, int width, int height)
    {
        var hw = (width + 1) / 2;
        var hh = (height + 1) / 2;
        var half = new float[hw * hh];
        for (var y = 0; y < hh; y++)
        {
            var ya = 2 * y;
            var yb = Math.Min(height - 1, ya + 1);
            for (var x = 0; x < hw; x++)
            {
                var xa = 2 * x;
                var xb = Math.Min(width - 1, xa + 1);
                half[y * hw + x] = 0.25f * (plane[ya * width + xa] + plane[ya * width + xb] + plane[yb * width + xa] + plane[yb * width + xb]);
            }
        }
        return half;
    }

    /// <summary>Bilinear enlargement of a halved plane back to (width, height), pixel centres aligned.</summary>
    public static float[] Double(float[] half, int hw, int hh, int width, int height)
    {
        var full = new float[width * height];
        Parallel.For(0, height, y =>
        {
            var sy = Math.Clamp((y + 0.5f) * 0.5f - 0.5f, 0, hh - 1);
            var y0 = (int)sy;
            var y1 = Math.Min(hh - 1, y0 + 1);
            var fy = sy - y0;
            for (var x = 0; x < width; x++)
            {
                var sx = Math.Clamp((x + 0.5f) * 0.5f - 0.5f, 0, hw - 1);
                var x0 = (int)sx;
                var x1 = Math.Min(hw - 1, x0 + 1);
                var fx = sx - x0;
                var top = half[y0 * hw + x0] + (half[y0 * hw + x1] - half[y0 * hw + x0]) * fx;
                var bottom = half[y1 * hw + x0] + (half[y1 * hw + x1] - half[y1 * hw + x0]) * fx;
                full[y * width + x] = top + (bottom - top) * fy;
            }
        });
        return full;
    }
}
