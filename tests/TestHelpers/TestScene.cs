using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.TestHelpers;

/// <summary>A small fixed scene drawn in code: sky gradient, green hill, a red sun and a dark boat, with its line sketch.</summary>
public static class TestScene
{
    public static Image<Rgba32> Merged(int size)
    {
        var image = new Image<Rgba32>(size, size);
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
                image[x, y] = Colour(x / (double)size, y / (double)size);
        return image;
    }

    public static Image<L8> Sketch(int size)
    {
        var merged = Merged(size);
        using (merged)
        {
            var sketch = new Image<L8>(size, size);
            for (var y = 0; y < size; y++)
                for (var x = 0; x < size; x++)
                {
                    var here = merged[x, y];
                    var right = merged[Math.Min(size - 1, x + 1), y];
                    var below = merged[x, Math.Min(size - 1, y + 1)];
                    var edge = Math.Abs(here.R - right.R) + Math.Abs(here.G - right.G) + Math.Abs(here.R - below.R) + Math.Abs(here.G - below.G);
                    sketch[x, y] = new L8(edge > 40 ? (byte)30 : (byte)255);
                }
            return sketch;
        }
    }

    /// <summary>A style image: diagonal warm/cool stripes with some dots (any fixed, textured picture will do).</summary>
    public static Image<Rgba32> Style(int size)
    {
        var image = new Image<Rgba32>(size, size);
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
            {
                var stripe = ((x + y) / 6) % 2 == 0;
                var dot = (x % 9 - 4) * (x % 9 - 4) + (y % 9 - 4) * (y % 9 - 4) < 5;
                image[x, y] = dot ? new Rgba32(250, 230, 90) : stripe ? new Rgba32(40, 70, 160) : new Rgba32(200, 90, 50);
            }
        return image;
    }

    private static Rgba32 Colour(double u, double v)
    {
        if ((u - 0.7) * (u - 0.7) + (v - 0.25) * (v - 0.25) < 0.012)
            return new Rgba32(225, 70, 50);
        if (v > 0.55 && v < 0.68 && u > 0.2 && u < 0.5 && v > 0.55 + (0.5 - u) * 0.15)
            return new Rgba32(70, 50, 40);
        var hill = 0.62 + 0.08 * Math.Sin(u * 5);
        return v > hill
            ? new Rgba32((byte)(70 + 30 * v), (byte)(140 - 20 * v), 60)
            : new Rgba32((byte)(110 + 80 * v), (byte)(160 + 60 * v), 235);
    }
}
