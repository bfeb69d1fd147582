using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Stylize;

/// <summary>An RGB image as three float planes in 0..1 (the NCHW layout of a batch-1 model tensor).</summary>
internal sealed class PlanarImage
{
    public PlanarImage(int width, int height, float[]? data = null)
    {
        Width = width;
        Height = height;
        Data = data ?? new float[3 * width * height];
        if (Data.Length != 3 * width * height)
            throw new ArgumentException("plane data does not match the size", nameof(data));
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>R plane, then G, then B; row-major.</summary>
    public float[] Data { get; }

    public int Plane => Width * Height;

    public long[] Shape => [1, 3, Height, Width];

    /// <summary>Reads an image, compositing any transparency over white paper.</summary>
    public static PlanarImage From(Image<Rgba32> image)
    {
        var planar = new PlanarImage(image.Width, image.Height);
        var data = planar.Data;
        var plane = planar.Plane;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var p = row[x];
                    var a = p.A / 255f;
                    var i = y * planar.Width + x;
                    data[i] = (p.R * a + 255 * (1 - a)) / 255f;
                    data[plane + i] = (p.G * a + 255 * (1 - a)) / 255f;
                    data[2 * plane + i] = (p.B * a + 255 * (1 - a)) / 255f;
                }
            }
        });
        return planar;
    }

    public Image<Rgba32> ToImage()
    {
        var image = new Image<Rgba32>(Width, Height);
        var plane = Plane;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var i = y * Width + x;
                    row[x] = new Rgba32(ColorMath.ToByte(Data[i]), ColorMath.ToByte(Data[plane + i]), ColorMath.ToByte(Data[2 * plane + i]), 255);
                }
            }
        });
        return image;
    }
}
