using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Layout;

/// <summary>
/// Where a thing put "on" an element stands: the row of the element's image where its top surface is, as a fraction
/// of the image's height. tools/MeasureSurfaces measures every element's image with <see cref="Measure"/> into
/// Text/Data/surfaces.json, which <see cref="ElementProfiles"/> reads into <see cref="ElementProfile.Top"/>.
/// </summary>
/// <remarks>
/// The top surface is the first row, from the top, that is nearly as wide as the thing at its widest: a bed's
/// mattress (not its headboard or pillow), a sofa's arms and seat (not its back rest), a chair's seat, a table's
/// top (not the plates on it), a horse's back, a shelf's top board. Narrow parts that rise above it (a back rest,
/// a headboard, a lamp) are what a thing put on the support stands in front of, not on.
/// </remarks>
public static class SupportTop
{
    /// <summary>Where nothing was measured: emoji glyphs leave about a fifth of their square above the thing.</summary>
    public const float Default = 0.22f;

    /// <summary>A row is part of the top surface from this fraction of the widest row's extent.</summary>
    private const float WideEnough = 0.88f;

    /// <summary>Alpha from which a pixel belongs to the thing.</summary>
    private const byte Opaque = 128;

    /// <summary>The top surface's row as a fraction of the image's height, or <see cref="Default"/> for an empty image.</summary>
    public static float Measure(Image<Rgba32> image)
    {
        var extents = new int[image.Height];
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                int left = -1, right = -1;
                for (var x = 0; x < row.Length; x++)
                {
                    if (row[x].A < Opaque) continue;
                    if (left < 0) left = x;
                    right = x;
                }
                extents[y] = left < 0 ? 0 : right - left + 1;
            }
        });
        var widest = extents.Max();
        if (widest == 0) return Default;
        var y0 = Array.FindIndex(extents, e => e >= widest * WideEnough);
        return (float)y0 / image.Height;
    }
}
