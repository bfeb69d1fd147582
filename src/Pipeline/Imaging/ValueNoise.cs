namespace Easel.Pipeline.Imaging;

/// <summary>
/// Seeded value noise over a periodic 256x256 lattice, with fractal (fBm) sums. A lookup table and smooth
/// interpolation make one sample a handful of loads, cheap enough to evaluate per pixel.
/// </summary>
public sealed class ValueNoise
{
    private const int Size = 256;
    private const int Mask = Size - 1;
    private readonly float[] lattice = new float[Size * Size];

    public ValueNoise(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < lattice.Length; i++) lattice[i] = (float)random.NextDouble();
    }

    /// <summary>Smooth noise in [0, 1] with features about one unit apart.</summary>
    public float Sample(float x, float y)
    {
        var fx = MathF.Floor(x);
        var fy = MathF.Floor(y);
        var ix = (int)fx & Mask;
        var iy = (int)fy & Mask;
        var tx = x - fx;
        var ty = y - fy;
        tx = tx * tx * (3 - 2 * tx);
        ty = ty * ty * (3 - 2 * ty);
        var ix1 = (ix + 1) & Mask;
        var row0 = iy * Size;
        var row1 = ((iy + 1) & Mask) * Size;
        var a = lattice[row0 + ix];
        var b = lattice[row0 + ix1];
        var c = lattice[row1 + ix];
        var d = lattice[row1 + ix1];
        var top = a + (b - a) * tx;
        var bottom = c + (d - c) * tx;
        return top + (bottom - top) * ty;
    }

    /// <summary>Fractal sum of <paramref name="octaves"/> octaves, roughly in [-1, 1] (mostly within ±0.6).</summary>
    public float Fbm(float x, float y, int octaves, float gain = 0.5f)
    {
        float sum = 0, amplitude = 1, norm = 0;
        for (var o = 0; o < octaves; o++)
        {
            sum += (Sample(x, y) * 2 - 1) * amplitude;
            norm += amplitude;
            amplitude *= gain;
            // Lacunarity a little off 2 and a shift per octave, so lattice lines of the octaves do not line up.
            x = x * 2.03f + 17.1f;
            y = y * 2.03f + 31.7f;
        }
        return sum / norm * 1.6f;
    }
}
