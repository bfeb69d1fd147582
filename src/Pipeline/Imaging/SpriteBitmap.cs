using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Easel.Pipeline.Imaging;

/// <summary>A foreground sprite scaled to its placement, as straight-alpha floats, optionally mirrored.</summary>
public sealed class SpriteBitmap
{
    private SpriteBitmap(int width, int height, float[] rgba)
    {
        Width = width;
        Height = height;
        Rgba = rgba;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>R, G, B, A per pixel, straight (not premultiplied) alpha.</summary>
    public float[] Rgba { get; }

    public float Alpha(int x, int y) => (uint)x < (uint)Width && (uint)y < (uint)Height ? Rgba[(y * Width + x) * 4 + 3] : 0;

    public Rgb Color(int x, int y)
    {
        var i = (y * Width + x) * 4;
        return new Rgb(Rgba[i], Rgba[i + 1], Rgba[i + 2]);
    }

    /// <summary>Scales <paramref name="source"/> to the box (premultiplied resampling, so edges do not pick up the colour of transparent pixels).</summary>
    public static SpriteBitmap From(Image<Rgba32> source, int width, int height, bool mirrored)
    {
        width = Math.Max(1, width);
        height = Math.Max(1, height);
        using var scaled = Scale(source, width, height);
        var rgba = new float[width * height * 4];
        scaled.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var tx = mirrored ? width - 1 - x : x;
                    var i = (y * width + tx) * 4;
                    var p = row[x];
                    rgba[i] = p.R / 255f;
                    rgba[i + 1] = p.G / 255f;
                    rgba[i + 2] = p.B / 255f;
                    rgba[i + 3] = p.A / 255f;
                }
            }
        });
        return new SpriteBitmap(width, height, rgba);
    }

    /// <summary>High-quality resize: Lanczos for reductions (area-aware), bicubic for enlargements, alpha premultiplied.</summary>
    public static Image<Rgba32> Scale(Image<Rgba32> source, int width, int height)
    {
        if (source.Width == width && source.Height == height) return source.Clone();
        var sampler = width < source.Width ? KnownResamplers.Lanczos3 : KnownResamplers.Bicubic;
        return source.Clone(c => c.Resize(new ResizeOptions
        {
            Size = new Size(width, height),
            Sampler = sampler,
            Mode = ResizeMode.Stretch,
            PremultiplyAlpha = true,
        }));
    }

    /// <summary>The rows and columns that hold visible pixels (alpha above <paramref name="threshold"/>); empty sprites give the whole box.</summary>
    public (int Left, int Top, int Right, int Bottom) OpaqueBounds(float threshold = 0.3f)
    {
        int left = Width, top = Height, right = -1, bottom = -1;
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                if (Rgba[(y * Width + x) * 4 + 3] <= threshold) continue;
                if (x < left) left = x;
                if (x > right) right = x;
                if (y < top) top = y;
                if (y > bottom) bottom = y;
            }
        return right < 0 ? (0, 0, Width - 1, Height - 1) : (left, top, right, bottom);
    }
}
