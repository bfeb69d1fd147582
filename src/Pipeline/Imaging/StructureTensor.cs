namespace Easel.Pipeline.Imaging;

/// <summary>
/// The smoothed structure tensor of an intensity image: per pixel the direction along the local structure
/// (the edge tangent, which is the way a painter's brush follows a form) and how coherent that direction is.
/// </summary>
public sealed class StructureTensor
{
    private StructureTensor(float[] tangentX, float[] tangentY, float[] coherence)
    {
        TangentX = tangentX;
        TangentY = tangentY;
        Coherence = coherence;
    }

    /// <summary>Unit vector along the structure (perpendicular to the gradient).</summary>
    public float[] TangentX { get; }
    public float[] TangentY { get; }

    /// <summary>0 (isotropic, no direction) .. 1 (a clean edge).</summary>
    public float[] Coherence { get; }

    /// <param name="presmooth">Blur before the gradient (noise suppression).</param>
    /// <param name="integration">Blur of the tensor (how far a direction spreads into flat areas).</param>
    /// <param name="horizontalBias">Added to Jyy so that where the image has no structure the tangent
    /// falls back to horizontal, the calm default direction of landscape brushwork.</param>
    public static StructureTensor Compute(float[] intensity, int width, int height, float presmooth, float integration, float horizontalBias)
    {
        if (width < 64 || height < 64 || presmooth < 1.2f) return ComputeFull(intensity, width, height, presmooth, integration, horizontalBias);
        // Brush directions are smooth: compute them at half resolution (a quarter of the work) and
        // take the nearest value back at full size.
        var hw = width / 2;
        var hh = height / 2;
        var half = new float[hw * hh];
        for (var y = 0; y < hh; y++)
            for (var x = 0; x < hw; x++)
            {
                var i = 2 * y * width + 2 * x;
                half[y * hw + x] = (intensity[i] + intensity[i + 1] + intensity[i + width] + intensity[i + width + 1]) * 0.25f;
            }
        // Gradients at half size are twice as steep per pixel: a quarter of the squared magnitudes, so the bias scales too.
        var small = ComputeFull(half, hw, hh, presmooth * 0.5f, integration * 0.5f, horizontalBias * 4f);
        var n = width * height;
        var tx = new float[n];
        var ty = new float[n];
        var coherence = new float[n];
        Parallel.For(0, height, y =>
        {
            var o = Math.Min(y / 2, hh - 1) * hw;
            for (var x = 0; x < width; x++)
            {
                var j = o + Math.Min(x / 2, hw - 1);
                tx[y * width + x] = small.TangentX[j];
                ty[y * width + x] = small.TangentY[j];
                coherence[y * width + x] = small.Coherence[j];
            }
        });
        return new StructureTensor(tx, ty, coherence);
    }

    private static StructureTensor ComputeFull(float[] intensity, int width, int height, float presmooth, float integration, float horizontalBias)
    {
        var smooth = GaussianBlur.Blur(intensity, width, height, presmooth);
        var n = width * height;
        var jxx = new float[n];
        var jxy = new float[n];
        var jyy = new float[n];
        Parallel.For(0, height, y =>
        {
            var ym = Math.Max(y - 1, 0) * width;
            var yp = Math.Min(y + 1, height - 1) * width;
            var yc = y * width;
            for (var x = 0; x < width; x++)
            {
                var xm = Math.Max(x - 1, 0);
                var xp = Math.Min(x + 1, width - 1);
                // Sobel
                var gx = (smooth[ym + xp] + 2 * smooth[yc + xp] + smooth[yp + xp]) - (smooth[ym + xm] + 2 * smooth[yc + xm] + smooth[yp + xm]);
                var gy = (smooth[yp + xm] + 2 * smooth[yp + x] + smooth[yp + xp]) - (smooth[ym + xm] + 2 * smooth[ym + x] + smooth[ym + xp]);
                jxx[yc + x] = gx * gx;
                jxy[yc + x] = gx * gy;
                jyy[yc + x] = gy * gy;
            }
        });
        GaussianBlur.Apply(jxx, jxx, width, height, integration);
        GaussianBlur.Apply(jxy, jxy, width, height, integration);
        GaussianBlur.Apply(jyy, jyy, width, height, integration);
        var tx = new float[n];
        var ty = new float[n];
        var coherence = new float[n];
        Parallel.For(0, height, y =>
        {
            for (var i = y * width; i < (y + 1) * width; i++)
            {
                var a = jxx[i];
                var b = jxy[i];
                var c = jyy[i] + horizontalBias;
                var diff = a - c;
                var root = MathF.Sqrt(diff * diff + 4 * b * b);
                var l1 = (a + c + root) * 0.5f;
                var l2 = (a + c - root) * 0.5f;
                // Eigenvector of the smaller eigenvalue = tangent.
                var vx = b;
                var vy = l2 - a;
                var len = MathF.Sqrt(vx * vx + vy * vy);
                if (len < 1e-9f) { vx = a >= c ? 0 : 1; vy = a >= c ? 1 : 0; len = 1; }
                tx[i] = vx / len;
                ty[i] = vy / len;
                var sum = l1 + l2;
                var coh = sum > 1e-9f ? (l1 - l2) / sum : 0f;
                coherence[i] = coh * coh;
            }
        });
        return new StructureTensor(tx, ty, coherence);
    }
}
