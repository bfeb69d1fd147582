namespace Easel.Pipeline.Imaging;

/// <summary>Grounds a painting sits on: paper grain and fibres, canvas weave. Values are around 0 (about ±1).</summary>
public static class PaperTexture
{
    /// <summary>Cold-press paper: blotchy grain at a few sizes.</summary>
    public static Plane Grain(int width, int height, float scale, int seed)
    {
        var cell = 2.2f * scale;
        var blotch = 14f * scale;
        return Tiled(width, height, scale, (x, y) =>
            (HashNoise.Value(x / cell, y / cell, seed + 77) - 0.5f) * 1.4f + (HashNoise.Fbm(x / blotch, y / blotch, seed, 3) - 0.5f) * 1.2f);
    }

    /// <summary>
    /// Fine textures are computed on one tile (256 px at 512) and repeated: at a few percent of
    /// strength the repeat cannot be seen, and the texture costs a quarter (or less) of the picture.
    /// </summary>
    private static Plane Tiled(int width, int height, float scale, Func<int, int, float> texel)
    {
        var size = Math.Max(64, (int)(256 * scale));
        var tw = Math.Min(width, size);
        var th = Math.Min(height, size);
        var tile = new float[tw * th];
        Parallel.For(0, th, y =>
        {
            for (var x = 0; x < tw; x++) tile[y * tw + x] = texel(x, y);
        });
        var plane = new Plane(width, height);
        Parallel.For(0, height, y =>
        {
            var source = tile.AsSpan((y % th) * tw, tw);
            var row = plane.Row(y);
            for (var x = 0; x < width; x += tw) source[..Math.Min(tw, width - x)].CopyTo(row[x..]);
        });
        return plane;
    }

    /// <summary>Long thin fibres (rice paper, washi): stretched noise in two directions.</summary>
    public static Plane Fibres(int width, int height, float scale, int seed)
    {
        return Tiled(width, height, scale, (x, y) =>
        {
            {
                var a = HashNoise.Value((x + y * 0.3f) / (40f * scale), (y - x * 0.3f) / (1.1f * scale), seed);
                var b = HashNoise.Value((y + x * 0.2f) / (35f * scale), (x - y * 0.2f) / (1.3f * scale), seed + 5);
                var f = MathF.Max(a, b);
                var blot = HashNoise.Value(x / (6f * scale), y / (6f * scale), seed + 9);
                return (f > 0.82f ? (f - 0.82f) * 5f : 0f) + (blot - 0.5f) * 0.35f;
            }
        });
    }

    /// <summary>Canvas weave: a fine crossing thread pattern with irregular threads.</summary>
    public static Plane Canvas(int width, int height, float scale, int seed)
    {
        var period = Math.Max(2.5f, 3.2f * scale);
        return Tiled(width, height, scale, (x, y) =>
        {
            {
                var warp = MathF.Sin((x + HashNoise.Value(x * 0.02f, y * 0.3f, seed) * 2f) * MathF.PI / period);
                var weft = MathF.Sin((y + HashNoise.Value(x * 0.3f, y * 0.02f, seed + 3) * 2f) * MathF.PI / period);
                var thread = (int)(x / period) + (int)(y / period);
                var over = (thread & 1) == 0 ? warp * warp : weft * weft;
                return over - 0.5f + (HashNoise.Unit(x, y, seed + 11) - 0.5f) * 0.3f;
            }
        });
    }

    /// <summary>Multiplies a texture into an image: v *= 1 + strength * t.</summary>
    public static void Apply(RgbPlanes image, Plane texture, float strength)
    {
        Parallel.For(0, image.Height, y =>
        {
            var o = y * image.Width;
            for (var i = o; i < o + image.Width; i++)
            {
                var f = 1f + strength * texture[i];
                image.R[i] = ColorMath.Clamp01(image.R[i] * f);
                image.G[i] = ColorMath.Clamp01(image.G[i] * f);
                image.B[i] = ColorMath.Clamp01(image.B[i] * f);
            }
        });
    }
}
