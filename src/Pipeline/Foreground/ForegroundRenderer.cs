using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Foreground;

/// <summary>
/// Produces one element's RGBA image at the size the layout needs, in the colour the text gives it: from the
/// foreground model slot when it is configured and knows the element, else from the asset pack (vector images
/// rendered at that size).
/// </summary>
public sealed class ForegroundRenderer(AssetPack assets, ForegroundModel? model = null)
{
    /// <summary>The model that draws elements, or null for the asset pack alone.</summary>
    public ForegroundModel? Model => model;

    /// <param name="color">A colour word of <see cref="Recolorer"/> ("red", "white"…), or null to keep the element's own colours.</param>
    /// <param name="scope">Which pixels the colour repaints: the element's body (default) or all of it.</param>
    /// <returns>The element's image (square, alpha kept), or null when no asset exists for it.</returns>
    public Image<Rgba32>? Render(string element, int size, string? color = null, RecolorScope scope = RecolorScope.Body)
    {
        size = Math.Max(1, size);
        var image = model?.Draws(element) == true ? model.Render(element) : assets.Load(element, size);
        if (image is null) return null;
        if (image.Width != size || image.Height != size)
        {
            // Raster images: premultiplied Lanczos for reductions (no dark fringes), bicubic for enlargements.
            using var source = image;
            image = SpriteBitmap.Scale(source, size, size);
        }
        if (color is not null) Recolorer.Apply(image, color, scope);
        return image;
    }
}
