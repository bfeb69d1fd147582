using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Artifacts;

/// <summary>Reads and writes images in an artifact store as PNG.</summary>
public static class ImageArtifacts
{
    // Fast compression: artifacts are written on every generation; a few percent of size is not worth 3x the time.
    private static readonly PngEncoder Encoder = new() { CompressionLevel = PngCompressionLevel.BestSpeed };

    /// <summary>The image as PNG bytes, with the same encoder the store's artifacts use.</summary>
    public static byte[] EncodePng<TPixel>(Image<TPixel> image) where TPixel : unmanaged, IPixel<TPixel>
    {
        using var buffer = new MemoryStream();
        image.SaveAsPng(buffer, Encoder);
        return buffer.ToArray();
    }

    public static async Task SavePngAsync<TPixel>(this IArtifactStore store, string key, Image<TPixel> image, CancellationToken cancellationToken = default)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        using var buffer = new MemoryStream();
        await image.SaveAsPngAsync(buffer, Encoder, cancellationToken);
        await store.WriteAsync(key, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), "image/png", cancellationToken);
    }

    public static async Task<Image<TPixel>> LoadImageAsync<TPixel>(this IArtifactStore store, string key, CancellationToken cancellationToken = default)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        var bytes = await store.ReadAsync(key, cancellationToken);
        return Image.Load<TPixel>(bytes);
    }
}
