using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Stylize;

/// <summary>Measurements a person would make by eye: brightness, colourfulness, texture, distinct colours.</summary>
internal static class ImageStats
{
    public static RgbPlanes Planes(Image<Rgba32> image) => RgbPlanes.FromImage(image);

    /// <summary>Mean absolute per-channel difference, 0..1.</summary>
    public static double MeanAbsDifference(Image<Rgba32> a, Image<Rgba32> b)
    {
        var pa = Planes(a);
        var pb = Planes(b);
        double sum = 0;
        for (var i = 0; i < pa.R.Length; i++)
            sum += Math.Abs(pa.R[i] - pb.R[i]) + Math.Abs(pa.G[i] - pb.G[i]) + Math.Abs(pa.B[i] - pb.B[i]);
        return sum / (3.0 * pa.R.Length);
    }

    /// <summary>Fraction of pixels with HSV saturation above a level.</summary>
    public static double SaturatedFraction(Image<Rgba32> image, float level)
    {
        var p = Planes(image);
        var count = 0;
        for (var i = 0; i < p.R.Length; i++)
        {
            ColorMath.RgbToHsv(p.R[i], p.G[i], p.B[i], out _, out var s, out var v);
            if (s > level && v > 0.15f) count++;
        }
        return count / (double)p.R.Length;
    }

    /// <summary>Mean absolute luma difference between horizontally and vertically adjacent pixels: brush marks and dots raise it.</summary>
    public static double LocalVariation(Image<Rgba32> image)
    {
        var luma = Planes(image).Luma().Data;
        var w = image.Width;
        double sum = 0;
        var n = 0;
        for (var y = 0; y < image.Height - 1; y++)
            for (var x = 0; x < w - 1; x++)
            {
                var i = y * w + x;
                sum += Math.Abs(luma[i] - luma[i + 1]) + Math.Abs(luma[i] - luma[i + w]);
                n += 2;
            }
        return sum / n;
    }

    /// <summary>How many colours (binned to 4 bits per channel) it takes to cover a share of the pixels.</summary>
    public static int ColoursCovering(Image<Rgba32> image, double share)
    {
        var p = Planes(image);
        var bins = new Dictionary<int, int>();
        for (var i = 0; i < p.R.Length; i++)
        {
            var key = (ColorMath.ToByte(p.R[i]) >> 4) << 8 | (ColorMath.ToByte(p.G[i]) >> 4) << 4 | ColorMath.ToByte(p.B[i]) >> 4;
            bins[key] = bins.GetValueOrDefault(key) + 1;
        }
        var covered = 0;
        var k = 0;
        foreach (var c in bins.Values.OrderByDescending(c => c))
        {
            covered += c;
            k++;
            if (covered >= share * p.R.Length) break;
        }
        return k;
    }
}
