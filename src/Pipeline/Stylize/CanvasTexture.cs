using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// Seeded low-frequency texture (value noise on a coarse grid, smoothly interpolated): the blotchy variation of a
/// painted ground, which gives a style-transfer model something to turn into strokes inside flat fills.
/// </summary>
internal static class CanvasTexture
{
    /// <summary>Per-pixel offsets in -amplitude..amplitude.</summary>
    public static Plane Coarse(int width, int height, int seed, float amplitude)
    {
        var texture = new Plane(width, height);
        // Two octaves: blotches about 1/24 and 1/64 of the long side.
        AddOctave(texture, Math.Max(4, Math.Max(width, height) / 24), new Random(SeedMix.Of(seed, 0xC0A25E)), amplitude * 0.65f);
        AddOctave(texture, Math.Max(2, Math.Max(width, height) / 64), new Random(SeedMix.Of(seed, 0xF17E)), amplitude * 0.35f);
        return texture;
    }

    private static void AddOctave(Plane texture, int cell, Random random, float amplitude)
    {
        var (width, height) = (texture.Width, texture.Height);
        var gw = width / cell + 2;
        var gh = height / cell + 2;
        var grid = new float[gw * gh];
        for (var i = 0; i < grid.Length; i++)
            grid[i] = ((float)random.NextDouble() - 0.5f) * 2f * amplitude;
        for (var y = 0; y < height; y++)
        {
            var gy = y / (float)cell;
            var y0 = (int)gy;
            var ty = Smooth(gy - y0);
            var row = texture.Row(y);
            for (var x = 0; x < width; x++)
            {
                var gx = x / (float)cell;
                var x0 = (int)gx;
                var tx = Smooth(gx - x0);
                var top = grid[y0 * gw + x0] * (1 - tx) + grid[y0 * gw + x0 + 1] * tx;
                var bottom = grid[(y0 + 1) * gw + x0] * (1 - tx) + grid[(y0 + 1) * gw + x0 + 1] * tx;
                row[x] += top * (1 - ty) + bottom * ty;
            }
        }
    }

    private static float Smooth(float t) => t * t * (3 - 2 * t);
}
