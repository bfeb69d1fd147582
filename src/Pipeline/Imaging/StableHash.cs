namespace Easel.Pipeline.Imaging;

/// <summary>
/// Hashes that are the same in every process (string.GetHashCode is randomised per process, which would break
/// "same input + seed => identical output").
/// </summary>
public static class StableHash
{
    public static int Of(string text)
    {
        unchecked
        {
            var h = 2166136261u;
            foreach (var c in text) { h ^= c; h *= 16777619u; }
            return (int)(h & 0x7fffffff);
        }
    }

    public static int Combine(int a, int b) => (int)(Mix((uint)a * 0x9E3779B1u ^ (uint)b) & 0x7fffffff);

    public static int Combine(int a, int b, int c) => Combine(Combine(a, b), c);

    /// <summary>A well-mixed 32-bit value for integer lattice coordinates.</summary>
    public static uint Mix(uint x)
    {
        x ^= x >> 16; x *= 0x7feb352du;
        x ^= x >> 15; x *= 0x846ca68bu;
        x ^= x >> 16;
        return x;
    }

    /// <summary>Uniform in [0, 1) for a pixel (or cell) and a seed: per-pixel randomness that needs no shared Random.</summary>
    public static float Unit(int x, int y, int seed) =>
        (Mix((uint)x * 0x8da6b343u ^ (uint)y * 0xd8163841u ^ (uint)seed * 0xcb1ab31fu) >> 8) * (1f / 16777216f);
}
