using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.TestHelpers;

/// <summary>Brightness as a person sees it, by one formula for every test: Rec. 601 luma (the product's), in 0..1.</summary>
public static class Luma
{
    public static double Of(double r, double g, double b) => 0.299 * r + 0.587 * g + 0.114 * b;

    public static double Of(Rgba32 pixel) => Of(pixel.R / 255.0, pixel.G / 255.0, pixel.B / 255.0);

    public static double Mean(Image<Rgba32> image)
    {
        double sum = 0;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
                foreach (var pixel in rows.GetRowSpan(y))
                    sum += Of(pixel);
        });
        return sum / (image.Width * image.Height);
    }
}
