using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SkiaSharp;
using Svg.Skia;

namespace Easel.Pipeline.Foreground;

/// <summary>Renders an SVG document (an emoji glyph or a drawing) to a square RGBA image of any size, so elements stay crisp at 2048.</summary>
public static class SvgRasterizer
{
    /// <summary>The drawing scaled uniformly to fit a <paramref name="size"/>-pixel square, centred, on transparency.</summary>
    /// <exception cref="InvalidDataException">The document is not an SVG Svg.Skia can draw.</exception>
    public static Image<Rgba32> Render(string svgText, int size)
    {
        size = Math.Max(1, size);
        using var svg = new SKSvg();
        using var picture = svg.FromSvg(svgText) ?? throw new InvalidDataException("not a drawable SVG document");
        var bounds = picture.CullRect;
        if (bounds.Width <= 0 || bounds.Height <= 0) throw new InvalidDataException("the SVG document has no extent");
        var info = new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Skia could not create a raster surface");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        var scale = size / Math.Max(bounds.Width, bounds.Height);
        canvas.Translate((size - bounds.Width * scale) / 2, (size - bounds.Height * scale) / 2);
        canvas.Scale(scale);
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(picture);
        canvas.Flush();

        // Skia draws premultiplied; reading into an unpremultiplied bitmap converts to the straight alpha ImageSharp uses.
        using var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        if (!surface.ReadPixels(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes, 0, 0))
            throw new InvalidOperationException("Skia could not read the rendered pixels");
        var pixels = bitmap.GetPixelSpan();
        var bytes = new byte[size * size * 4];
        for (var y = 0; y < size; y++) pixels.Slice(y * bitmap.RowBytes, size * 4).CopyTo(bytes.AsSpan(y * size * 4));
        return Image.LoadPixelData<Rgba32>(bytes, size, size);
    }
}
