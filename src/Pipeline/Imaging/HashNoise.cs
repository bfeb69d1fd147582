namespace Easel.Pipeline.Imaging;

/// <summary>
/// Stateless, seeded noise: a value depends only on (coordinates, seed), so textures are identical run to run
/// and can be computed by many threads in any order.
/// </summary>
public static class HashNoise
{
    public static uint Hash(int x, int y, int seed)
    {
        unchecked
        {
            var h = (uint)x * 0x8da6b343u ^ (uint)y * 0xd8163841u ^ (uint)seed * 0xcb1ab31fu;
            h ^= h >> 16;
            h *= 0x7feb352du;
            h ^= h >> 15;
            h *= 0x846ca68bu;
            h ^= h >> 16;
            return h;
        }
    }

    /// <summary>Uniform in [0, 1).</summary>
    public static float Unit(int x, int y, int seed) => (Hash(x, y, seed) >> 8) * (1f / 16777216f);

    /// <summary>Smooth value noise in [0, 1) with one lattice cell per unit.</summary>
    public static float Value(float x, float y, int seed)
    {
        var xf = MathF.Floor(x);
        var yf = MathF.Floor(y);
        var xi = (int)xf;
        var yi = (int)yf;
        var tx = x - xf;
        var ty = y - yf;
        tx = tx * tx * (3 - 2 * tx);
        ty = ty * ty * (3 - 2 * ty);
        var a = Unit(xi, yi, seed);
        var b = Unit(xi + 1, yi, seed);
        var c = Unit(xi, yi + 1, seed);
        var d = Unit(xi + 1, yi + 1, seed);
        var top = a + (b - a) * tx;
        var bottom = c + (d - c) * tx;
        return top + (bottom - top) * ty;
    }

    /// <summary>Fractal sum of value noise, normalised to about [0, 1).</summary>
    public static float Fbm(float x, float y, int seed, int octaves)
    {
        float sum = 0, amplitude = 1, norm = 0;
        for (var o = 0; o < octaves; o++)
        {
            sum += Value(x, y, seed + o * 1013) * amplitude;
            norm += amplitude;
            amplitude *= 0.5f;
            x *= 2.03f;
            y *= 2.03f;
        }
        return sum / norm;
    }

    /// <summary>A whole plane of fbm noise with features about <paramref name="cell"/> pixels wide.</summary>
    /// <remarks>Broad noise is evaluated on a coarser grid (at least 2.5 samples across its finest octave)
    /// and interpolated: it looks the same and costs a fraction.</remarks>
    public static float[] FbmPlane(int width, int height, float cell, int seed, int octaves)
    {
        var plane = new float[width * height];
        var finest = cell / MathF.Pow(2.03f, octaves - 1);
        var step = Math.Clamp((int)(finest / 2.5f), 1, 8);
        var inv = 1f / cell;
        if (step == 1)
        {
            Parallel.For(0, height, y =>
            {
                var o = y * width;
                for (var x = 0; x < width; x++) plane[o + x] = Fbm(x * inv, y * inv, seed, octaves);
            });
            return plane;
        }
        var gw = width / step + 2;
        var gh = height / step + 2;
        var grid = new float[gw * gh];
        Parallel.For(0, gh, gy =>
        {
            for (var gx = 0; gx < gw; gx++) grid[gy * gw + gx] = Fbm(gx * step * inv, gy * step * inv, seed, octaves);
        });
        var invStep = 1f / step;
        Parallel.For(0, height, y =>
        {
            var gy = y / step;
            var ty = (y - gy * step) * invStep;
            var o = y * width;
            for (var x = 0; x < width; x++)
            {
                var gx = x / step;
                var tx = (x - gx * step) * invStep;
                var i = gy * gw + gx;
                var top = grid[i] + (grid[i + 1] - grid[i]) * tx;
                var bottom = grid[i + gw] + (grid[i + gw + 1] - grid[i + gw]) * tx;
                plane[o + x] = top + (bottom - top) * ty;
            }
        });
        return plane;
    }
}
