using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Imaging;

/// <summary>
/// A colour image as three float planes (0..1, sRGB-encoded). Filters and painters work on these
/// because float arithmetic over flat arrays is far faster than per-pixel struct conversions.
/// </summary>
public sealed class RgbPlanes
{
    public RgbPlanes(int width, int height)
    {
        Width = width;
        Height = height;
        R = new float[width * height];
        G = new float[width * height];
        B = new float[width * height];
    }

    public int Width { get; }
    public int Height { get; }
    public float[] R { get; }
    public float[] G { get; }
    public float[] B { get; }

    /// <summary>Reads an image, compositing any transparency over white paper.</summary>
    public static RgbPlanes FromImage(Image<Rgba32> image)
    {
        var planes = new RgbPlanes(image.Width, image.Height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                var o = y * planes.Width;
                for (var x = 0; x < row.Length; x++)
                {
                    var p = row[x];
                    var a = p.A / 255f;
                    var white = 1f - a;
                    planes.R[o + x] = p.R / 255f * a + white;
                    planes.G[o + x] = p.G / 255f * a + white;
                    planes.B[o + x] = p.B / 255f * a + white;
                }
            }
        });
        return planes;
    }

    public Image<Rgba32> ToImage()
    {
        var image = new Image<Rgba32>(Width, Height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                var o = y * Width;
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgba32(ColorMath.ToByte(R[o + x]), ColorMath.ToByte(G[o + x]), ColorMath.ToByte(B[o + x]), 255);
                }
            }
        });
        return image;
    }

    public RgbPlanes Clone()
    {
        var copy = new RgbPlanes(Width, Height);
        R.CopyTo(copy.R, 0);
        G.CopyTo(copy.G, 0);
        B.CopyTo(copy.B, 0);
        return copy;
    }

    public void Fill(float r, float g, float b)
    {
        Array.Fill(R, r);
        Array.Fill(G, g);
        Array.Fill(B, b);
    }

    /// <summary>Rec. 601 luma of every pixel.</summary>
    public float[] Luma()
    {
        var luma = new float[R.Length];
        for (var i = 0; i < luma.Length; i++) luma[i] = ColorMath.Luma(R[i], G[i], B[i]);
        return luma;
    }

    /// <summary>A blurred copy (each channel by <see cref="GaussianBlur"/>).</summary>
    public RgbPlanes Blurred(float sigma)
    {
        var copy = new RgbPlanes(Width, Height);
        GaussianBlur.Apply(R, copy.R, Width, Height, sigma);
        GaussianBlur.Apply(G, copy.G, Width, Height, sigma);
        GaussianBlur.Apply(B, copy.B, Width, Height, sigma);
        return copy;
    }

}
