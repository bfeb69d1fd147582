namespace Easel.Pipeline.Sketch;

/// <summary>
/// Canny's edge detector over several smoothed channels (luma and colour opponents, so a white goose on a pale sky
/// still has an edge): Sobel gradient of the strongest channel per pixel, non-maximum suppression to one-pixel-wide
/// lines, and hysteresis (weak edges survive only when connected to a strong one), so lines come out whole instead
/// of as dashes.
/// </summary>
public static class CannyEdges
{
    /// <summary>The gradient magnitude on the surviving one-pixel edges, 0 elsewhere.</summary>
    /// <param name="channels">Smoothed planes of one size.</param>
    /// <param name="allowed">Pixels that may carry an edge; null for all.</param>
    /// <param name="low">Hysteresis: weakest gradient an edge may continue through (per-pixel derivative, 0..1 units).</param>
    /// <param name="high">Gradient at which an edge may start.</param>
    /// <param name="adaptive">Lower both thresholds (down to 35%) in low-contrast pictures (night, rain, fog), so their
    /// strongest structure still draws: scaled by how far the 99.5th percentile of the gradient falls below 2.5 x high.</param>
    public static float[] Detect(IReadOnlyList<float[]> channels, int width, int height, bool[]? allowed, float low, float high, bool adaptive = false)
    {
        var n = width * height;
        var planes = channels.ToArray(); // indexed, not enumerated: this loop runs per pixel
        var magnitude = new float[n];
        var direction = new byte[n];
        Parallel.For(1, height - 1, y =>
        {
            for (var x = 1; x < width - 1; x++)
            {
                var i = y * width + x;
                if (allowed is not null && !allowed[i]) continue;
                float bestM = 0, bestX = 0, bestY = 0;
                for (var p = 0; p < planes.Length; p++)
                {
                    var c = planes[p];
                    var gx = (c[i - width + 1] + 2 * c[i + 1] + c[i + width + 1] - c[i - width - 1] - 2 * c[i - 1] - c[i + width - 1]) * 0.125f;
                    var gy = (c[i + width - 1] + 2 * c[i + width] + c[i + width + 1] - c[i - width - 1] - 2 * c[i - width] - c[i - width + 1]) * 0.125f;
                    var m = gx * gx + gy * gy;
                    if (m <= bestM) continue;
                    bestM = m;
                    bestX = gx;
                    bestY = gy;
                }
                magnitude[i] = MathF.Sqrt(bestM);
                direction[i] = Quantize(bestX, bestY);
            }
        });

        if (adaptive)
        {
            var k = Math.Clamp(Percentile(magnitude, allowed, 0.995f, 4 * high) / (2.5f * high), 0.35f, 1f);
            low *= k;
            high *= k;
        }

        // Non-maximum suppression: keep a pixel only where the gradient peaks across the edge.
        var thin = new float[n];
        Parallel.For(1, height - 1, y =>
        {
            for (var x = 1; x < width - 1; x++)
            {
                var i = y * width + x;
                var m = magnitude[i];
                if (m < low) continue;
                var step = direction[i] switch
                {
                    0 => 1,             // gradient along x: compare left and right
                    1 => width + 1,     // diagonal
                    2 => width,         // gradient along y: compare above and below
                    _ => width - 1,     // anti-diagonal
                };
                if (m >= magnitude[i - step] && m > magnitude[i + step]) thin[i] = m;
            }
        });

        // Hysteresis: flood from strong pixels through weak ones (8-connected).
        var result = new float[n];
        var stack = new Stack<int>();
        for (var i = 0; i < n; i++)
        {
            if (thin[i] < high || result[i] > 0) continue;
            result[i] = thin[i];
            stack.Push(i);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                int px = p % width, py = p / width;
                for (var dy = -1; dy <= 1; dy++)
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        int qx = px + dx, qy = py + dy;
                        if ((uint)qx >= (uint)width || (uint)qy >= (uint)height) continue;
                        var q = qy * width + qx;
                        if (result[q] > 0 || thin[q] < low) continue;
                        result[q] = thin[q];
                        stack.Push(q);
                    }
            }
        }
        return result;
    }

    /// <summary>A percentile of the allowed pixels' values from a 256-bin histogram over 0..top (no sort).</summary>
    private static float Percentile(float[] values, bool[]? allowed, float quantile, float top)
    {
        const int bins = 256;
        var histogram = new int[bins];
        var total = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (allowed is not null && !allowed[i]) continue;
            histogram[Math.Clamp((int)(values[i] / top * bins), 0, bins - 1)]++;
            total++;
        }
        var target = (int)(quantile * total);
        var seen = 0;
        for (var k = 0; k < bins; k++)
        {
            seen += histogram[k];
            if (seen >= target) return (k + 1) * top / bins;
        }
        return top;
    }

    /// <summary>The gradient's direction in four bins of 45 degrees: 0 horizontal, 1 diagonal, 2 vertical, 3 anti-diagonal.</summary>
    private static byte Quantize(float gx, float gy)
    {
        // tan(22.5°) and tan(67.5°) split the half-plane without an arctangent.
        const float Low = 0.41421356f;
        const float High = 2.4142135f;
        var ax = MathF.Abs(gx);
        var ay = MathF.Abs(gy);
        if (ay <= Low * ax) return 0;
        if (ay >= High * ax) return 2;
        return (gx > 0) == (gy > 0) ? (byte)1 : (byte)3;
    }
}
