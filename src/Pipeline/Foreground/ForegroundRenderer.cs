using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Foreground;

/// <summary>
/// Produces one element's RGBA image at the size the layout needs: from the foreground model slot when it is
/// configured and knows the element, else from the asset pack.
/// </summary>
public sealed class ForegroundRenderer(AssetPack assets, ForegroundModel? model = null)
{
    /// <summary>The model that draws elements, or null for the asset pack alone.</summary>
    public ForegroundModel? Model => model;

    /// <returns>The element's image (square, alpha kept), or null when no asset exists for it.</returns>
    public Image<Rgba32>? Render(string element, int size)
    {
        using var image = model?.Draws(element) == true ? model.Render(element) : assets.Load(element);
        if (image is null) return null;
        size = Math.Max(1, size);
        // Premultiplied Lanczos for reductions (no dark fringes from transparent pixels), bicubic for enlargements.
        return SpriteBitmap.Scale(image, size, size);
    }
}
