using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Imaging;

/// <summary>Measurements a person would make on a picture: mean colour of an area, luminance, spread.</summary>
internal static class Pixels
{
    public static (double R, double G, double B) Mean(Image<Rgba32> image, Func<int, int, bool> where)
    {
        double r = 0, g = 0, b = 0;
        var n = 0;
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
            {
                if (!where(x, y)) continue;
                var p = image[x, y];
                r += p.R; g += p.G; b += p.B; n++;
            }
        return n == 0 ? (0, 0, 0) : (r / n / 255, g / n / 255, b / n / 255);
    }

    /// <summary>The luma of a mean colour (<see cref="Mean"/>).</summary>
    public static double Luma((double R, double G, double B) c) => Easel.TestHelpers.Luma.Of(c.R, c.G, c.B);

    public static double LumaSpread(Image<Rgba32> image, Func<int, int, bool> where)
    {
        var values = new List<double>();
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                if (where(x, y)) values.Add(Easel.TestHelpers.Luma.Of(image[x, y]));
        if (values.Count == 0) return 0;
        var mean = values.Average();
        return Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
    }

    public static byte[] Bytes(Image<Rgba32> image)
    {
        var bytes = new byte[image.Width * image.Height * 4];
        image.CopyPixelDataTo(bytes);
        return bytes;
    }
}
