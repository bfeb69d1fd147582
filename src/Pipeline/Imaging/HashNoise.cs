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
    public static float[] FbmPlane(int width, int height, float cell, int seed, int octaves)
    {
        var plane = new float[width * height];
        var inv = 1f / cell;
        Parallel.For(0, height, y =>
        {
            var o = y * width;
            for (var x = 0; x < width; x++) plane[o + x] = Fbm(x * inv, y * inv, seed, octaves);
        });
        return plane;
    }
}
