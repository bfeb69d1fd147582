using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Foreground;

/// <summary>Produces one element's RGBA image at the size the layout needs.</summary>
public sealed class ForegroundRenderer(AssetPack assets)
{
    /// <returns>The element's image (square, alpha kept), or null when no asset exists for it.</returns>
    public Image<Rgba32>? Render(string element, int size)
    {
        using var image = assets.Load(element);
        if (image is null) return null;
        size = Math.Max(1, size);
        // Premultiplied Lanczos for reductions (no dark fringes from transparent pixels), bicubic for enlargements.
        return SpriteBitmap.Scale(image, size, size);
    }
}
