namespace Easel.Pipeline.Stylize;

/// <summary>
/// Derives sub-seeds deterministically (HashCode.Combine is randomised per process, so it cannot be used for output
/// that must repeat bit for bit across runs).
/// </summary>
internal static class SeedMix
{
    public static int Of(int seed, int a, int b = 0)
    {
        unchecked
        {
            var h = (uint)seed * 0x9E3779B1u;
            h ^= (uint)a + 0x7F4A7C15u + (h << 6) + (h >> 2);
            h ^= (uint)b + 0x85EBCA6Bu + (h << 6) + (h >> 2);
            h ^= h >> 16;
            h *= 0x7FEB352Du;
            h ^= h >> 15;
            return (int)(h & 0x7FFFFFFF);
        }
    }
}
