using System.Runtime.CompilerServices;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Stylize;

/// <summary>
/// Compares an image with a committed reference PNG (Stylize/Reference/, copied next to the test binaries) by mean
/// and max per-channel difference. EASEL_UPDATE_REFERENCES=1 rewrites the reference in the source tree instead.
/// </summary>
internal static class ReferenceImages
{
    public static void AssertMatches(Image<Rgba32> actual, string name, double maxMean, int maxMax, [CallerFilePath] string caller = "")
    {
        if (Environment.GetEnvironmentVariable("EASEL_UPDATE_REFERENCES") == "1")
        {
            actual.SaveAsPng(Path.Combine(Path.GetDirectoryName(caller)!, "Reference", name));
            return;
        }
        using var expected = Image.Load<Rgba32>(Path.Combine(AppContext.BaseDirectory, "Stylize", "Reference", name));
        var (mean, max) = Difference(expected, actual);
        Assert.True(mean <= maxMean && max <= maxMax,
            $"{name}: mean difference {mean:0.###} (allowed {maxMean}), max {max} (allowed {maxMax})");
    }

    /// <summary>Mean and max absolute difference over the R, G and B channels, in 0..255.</summary>
    public static (double Mean, int Max) Difference(Image<Rgba32> a, Image<Rgba32> b)
    {
        Assert.Equal(a.Size(), b.Size());
        long sum = 0;
        var max = 0;
        for (var y = 0; y < a.Height; y++)
        for (var x = 0; x < a.Width; x++)
        {
            var p = a[x, y];
            var q = b[x, y];
            foreach (var d in new[] { Math.Abs(p.R - q.R), Math.Abs(p.G - q.G), Math.Abs(p.B - q.B) })
            {
                sum += d;
                max = Math.Max(max, d);
            }
        }
        return (sum / (3.0 * a.Width * a.Height), max);
    }

    public static double MeanLuminance(Image<Rgba32> image)
    {
        double sum = 0;
        for (var y = 0; y < image.Height; y++)
        for (var x = 0; x < image.Width; x++)
        {
            var p = image[x, y];
            sum += 0.2126 * p.R + 0.7152 * p.G + 0.0722 * p.B;
        }
        return sum / (image.Width * image.Height);
    }
}
