using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Imaging;

/// <summary>An RGB picture in floats (0..1), interleaved, for procedural painting without rounding at every layer.</summary>
public sealed class FloatCanvas
{
    public FloatCanvas(int width, int height)
    {
        Width = width;
        Height = height;
        Data = new float[width * height * 3];
    }

    public int Width { get; }
    public int Height { get; }
    public float[] Data { get; }

    public Span<float> Row(int y) => Data.AsSpan(y * Width * 3, Width * 3);

    public Rgb Get(int x, int y)
    {
        var i = (y * Width + x) * 3;
        return new Rgb(Data[i], Data[i + 1], Data[i + 2]);
    }

    /// <summary>Bilinear sample at a fractional position, clamped to the edges.</summary>
    public Rgb Sample(float x, float y)
    {
        x = Math.Clamp(x, 0, Width - 1.001f);
        y = Math.Clamp(y, 0, Height - 1.001f);
        var x0 = (int)x;
        var y0 = (int)y;
        var tx = x - x0;
        var ty = y - y0;
        var top = Rgb.Lerp(Get(x0, y0), Get(x0 + 1, y0), tx);
        var bottom = Rgb.Lerp(Get(x0, y0 + 1), Get(x0 + 1, y0 + 1), tx);
        return Rgb.Lerp(top, bottom, ty);
    }

    public void Set(int x, int y, Rgb c)
    {
        var i = (y * Width + x) * 3;
        Data[i] = c.R;
        Data[i + 1] = c.G;
        Data[i + 2] = c.B;
    }

    /// <summary>Paints <paramref name="c"/> over the pixel with coverage <paramref name="alpha"/>; ignores pixels outside.</summary>
    public void Blend(int x, int y, Rgb c, float alpha)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height || alpha <= 0) return;
        if (alpha > 1) alpha = 1;
        var i = (y * Width + x) * 3;
        Data[i] += (c.R - Data[i]) * alpha;
        Data[i + 1] += (c.G - Data[i + 1]) * alpha;
        Data[i + 2] += (c.B - Data[i + 2]) * alpha;
    }

    /// <summary>Adds light (screen-like additive glow), for stars, glints and lit windows.</summary>
    public void Add(int x, int y, Rgb c, float amount)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height || amount <= 0) return;
        var i = (y * Width + x) * 3;
        Data[i] += c.R * amount;
        Data[i + 1] += c.G * amount;
        Data[i + 2] += c.B * amount;
    }

    public FloatCanvas Clone()
    {
        var copy = new FloatCanvas(Width, Height);
        Data.AsSpan().CopyTo(copy.Data);
        return copy;
    }

    public Image<Rgba32> ToImage()
    {
        var image = new Image<Rgba32>(Width, Height);
        var data = Data;
        var width = Width;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                var i = y * width * 3;
                for (var x = 0; x < row.Length; x++, i += 3)
                    row[x] = new Rgba32(ColorMath.ToByte(data[i]), ColorMath.ToByte(data[i + 1]), ColorMath.ToByte(data[i + 2]), 255);
            }
        });
        return image;
    }

    public static FloatCanvas FromImage(Image<Rgba32> image)
    {
        var canvas = new FloatCanvas(image.Width, image.Height);
        var data = canvas.Data;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                var i = y * rows.Width * 3;
                for (var x = 0; x < row.Length; x++, i += 3)
                {
                    data[i] = row[x].R / 255f;
                    data[i + 1] = row[x].G / 255f;
                    data[i + 2] = row[x].B / 255f;
                }
            }
        });
        return canvas;
    }

}
