using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Imaging;

/// <summary>
/// The one float colour image of the pipeline: three planes (0..1, sRGB-encoded, row-major). Painters, filters and
/// the stylizers all work on it, because float arithmetic over flat arrays is far faster than per-pixel struct
/// conversions and nothing is rounded between layers. Kernels index <see cref="R"/>/<see cref="G"/>/<see cref="B"/>
/// (pixel <c>y * Width + x</c>) or take a <see cref="Row"/>; painters use <see cref="Get"/>, <see cref="Set"/>,
/// <see cref="Blend"/> and <see cref="Sample"/>.
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

    /// <summary>The three channels' spans of row <paramref name="y"/> (no copy, no allocation).</summary>
    public RgbRow Row(int y)
    {
        var start = y * Width;
        return new RgbRow(R.AsSpan(start, Width), G.AsSpan(start, Width), B.AsSpan(start, Width));
    }

    public Rgb Get(int x, int y)
    {
        var i = y * Width + x;
        return new Rgb(R[i], G[i], B[i]);
    }

    public void Set(int x, int y, Rgb c)
    {
        var i = y * Width + x;
        R[i] = c.R;
        G[i] = c.G;
        B[i] = c.B;
    }

    /// <summary>Paints <paramref name="c"/> over the pixel with coverage <paramref name="alpha"/> (clamped to 1); ignores pixels outside.</summary>
    public void Blend(int x, int y, Rgb c, float alpha)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height || alpha <= 0) return;
        if (alpha > 1) alpha = 1;
        var i = y * Width + x;
        R[i] += (c.R - R[i]) * alpha;
        G[i] += (c.G - G[i]) * alpha;
        B[i] += (c.B - B[i]) * alpha;
    }

    /// <summary>Adds light (screen-like additive glow), for stars, glints and lit windows; ignores pixels outside.</summary>
    public void Add(int x, int y, Rgb c, float amount)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height || amount <= 0) return;
        var i = y * Width + x;
        R[i] += c.R * amount;
        G[i] += c.G * amount;
        B[i] += c.B * amount;
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

    public void Fill(float r, float g, float b)
    {
        Array.Fill(R, r);
        Array.Fill(G, g);
        Array.Fill(B, b);
    }

    public RgbPlanes Clone()
    {
        var copy = new RgbPlanes(Width, Height);
        R.CopyTo(copy.R, 0);
        G.CopyTo(copy.G, 0);
        B.CopyTo(copy.B, 0);
        return copy;
    }

    /// <summary>The <paramref name="width"/> x <paramref name="height"/> window whose top-left corner is (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public RgbPlanes Crop(int left, int top, int width, int height)
    {
        var crop = new RgbPlanes(width, height);
        for (var y = 0; y < height; y++)
        {
            var from = (top + y) * Width + left;
            R.AsSpan(from, width).CopyTo(crop.R.AsSpan(y * width));
            G.AsSpan(from, width).CopyTo(crop.G.AsSpan(y * width));
            B.AsSpan(from, width).CopyTo(crop.B.AsSpan(y * width));
        }
        return crop;
    }

    /// <summary>Copies <paramref name="source"/> in with its top-left corner at (<paramref name="left"/>, <paramref name="top"/>); the inverse of <see cref="Crop"/>.</summary>
    public void Paste(RgbPlanes source, int left, int top)
    {
        for (var y = 0; y < source.Height; y++)
        {
            var to = (top + y) * Width + left;
            source.R.AsSpan(y * source.Width, source.Width).CopyTo(R.AsSpan(to));
            source.G.AsSpan(y * source.Width, source.Width).CopyTo(G.AsSpan(to));
            source.B.AsSpan(y * source.Width, source.Width).CopyTo(B.AsSpan(to));
        }
    }

    /// <summary>Rec. 601 luma of every pixel (<see cref="ColorMath.Luma"/>).</summary>
    public Plane Luma()
    {
        var luma = new Plane(Width, Height);
        var data = luma.Data;
        for (var i = 0; i < data.Length; i++) data[i] = ColorMath.Luma(R[i], G[i], B[i]);
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

    /// <summary>
    /// Reads an image. The one alpha rule of the pipeline: transparency is composited over white paper (a transparent
    /// pixel is blank paper); opaque pixels are read exactly (byte / 255).
    /// </summary>
    public static RgbPlanes FromImage(Image<Rgba32> image)
    {
        var planes = new RgbPlanes(image.Width, image.Height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var source = rows.GetRowSpan(y);
                var row = planes.Row(y);
                for (var x = 0; x < source.Length; x++)
                {
                    var p = source[x];
                    var a = p.A / 255f;
                    var white = 1f - a;
                    row.R[x] = p.R / 255f * a + white;
                    row.G[x] = p.G / 255f * a + white;
                    row.B[x] = p.B / 255f * a + white;
                }
            }
        });
        return planes;
    }

    /// <summary>Writes an opaque image, each channel through <see cref="ColorMath.ToByte"/> (clamped and rounded).</summary>
    public Image<Rgba32> ToImage()
    {
        var image = new Image<Rgba32>(Width, Height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var target = rows.GetRowSpan(y);
                var row = Row(y);
                for (var x = 0; x < target.Length; x++)
                    target[x] = new Rgba32(ColorMath.ToByte(row.R[x]), ColorMath.ToByte(row.G[x]), ColorMath.ToByte(row.B[x]), 255);
            }
        });
        return image;
    }

    /// <summary>The shape of this image as a batch-1 model tensor: [1, 3, H, W].</summary>
    public long[] ChwShape => [1, 3, Height, Width];

    /// <summary>Copies the planes into a model's NCHW (batch 1) tensor: R plane, then G, then B.</summary>
    public void CopyToChw(Span<float> tensor)
    {
        var plane = R.Length;
        if (tensor.Length != 3 * plane) throw new ArgumentException($"a {Width}x{Height} image needs a tensor of {3 * plane} values, not {tensor.Length}", nameof(tensor));
        R.CopyTo(tensor);
        G.CopyTo(tensor[plane..]);
        B.CopyTo(tensor[(2 * plane)..]);
    }

    /// <summary>A new NCHW (batch 1) array of this image, for a model input.</summary>
    public float[] ToChw()
    {
        var tensor = new float[3 * R.Length];
        CopyToChw(tensor);
        return tensor;
    }

    /// <summary>An image from a model's NCHW (batch 1) output of the given size.</summary>
    public static RgbPlanes FromChw(ReadOnlySpan<float> tensor, int width, int height)
    {
        var planes = new RgbPlanes(width, height);
        var plane = width * height;
        if (tensor.Length != 3 * plane) throw new ArgumentException($"a {width}x{height} image needs a tensor of {3 * plane} values, not {tensor.Length}", nameof(tensor));
        tensor[..plane].CopyTo(planes.R);
        tensor.Slice(plane, plane).CopyTo(planes.G);
        tensor.Slice(2 * plane, plane).CopyTo(planes.B);
        return planes;
    }
}
