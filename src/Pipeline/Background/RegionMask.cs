using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Background;

/// <summary>The union of all foreground regions of a colour-coded region map (black = background).</summary>
public static class RegionMask
{
    public static Image<L8> FromRegions(Image<Rgba32> regions)
    {
        var mask = new Image<L8>(regions.Width, regions.Height);
        regions.ProcessPixelRows(mask, (source, target) =>
        {
            for (var y = 0; y < source.Height; y++)
            {
                var from = source.GetRowSpan(y);
                var to = target.GetRowSpan(y);
                for (var x = 0; x < from.Length; x++)
                {
                    var p = from[x];
                    to[x] = new L8(p.R + p.G + p.B > 0 ? (byte)255 : (byte)0);
                }
            }
        });
        return mask;
    }
}
