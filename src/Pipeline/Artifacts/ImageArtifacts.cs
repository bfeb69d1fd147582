using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Artifacts;

/// <summary>Reads and writes images in an artifact store as PNG.</summary>
public static class ImageArtifacts
{
    /// <summary>The image as PNG bytes, with the same encoder the store's artifacts use.</summary>
    public static byte[] EncodePng<TPixel>(Image<TPixel> image) where TPixel : unmanaged, IPixel<TPixel>
    {
        using var buffer = new MemoryStream();
        PngWriter.Write(image, buffer);
        return buffer.ToArray();
    }

    public static async Task SavePngAsync<TPixel>(this IArtifactStore store, string key, Image<TPixel> image, CancellationToken cancellationToken = default)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        using var buffer = new MemoryStream();
        PngWriter.Write(image, buffer);
        await store.WriteAsync(key, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), "image/png", cancellationToken);
    }

    public static async Task<Image<TPixel>> LoadImageAsync<TPixel>(this IArtifactStore store, string key, CancellationToken cancellationToken = default)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        var bytes = await store.ReadAsync(key, cancellationToken);
        return Image.Load<TPixel>(bytes);
    }
}
