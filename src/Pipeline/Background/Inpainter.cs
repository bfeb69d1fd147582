using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Background;

/// <summary>Fills the masked pixels of an image so that they continue their surroundings.</summary>
public sealed class Inpainter
{
    public Image<Rgba32> Inpaint(Image<Rgba32> image, Image<L8> mask)
    {
        // Placeholder until the background stage lands: copy.
        return image.Clone();
    }
}
