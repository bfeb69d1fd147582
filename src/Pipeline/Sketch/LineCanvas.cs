using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Sketch;

/// <summary>
/// Ink per pixel (0 paper .. 1 full line), drawn by stamping anti-aliased discs along one-pixel line paths, so
/// each line gets its own width and darkness (weight by depth and importance) and overlapping lines take the
/// darker of the two.
/// </summary>
public sealed class LineCanvas(int width, int height, Plane? ink = null)
{
    public int Width { get; } = width;
    public int Height { get; } = height;

    /// <summary>Ink per pixel, row-major; starts blank unless given.</summary>
    public Plane Ink { get; } = ink ?? new Plane(width, height);

    /// <summary>A disc of the given width (pixels) and darkness centred on pixel (x, y).</summary>
    public void Stamp(int x, int y, float lineWidth, float darkness)
    {
        var r = Math.Max(0.5f, lineWidth * 0.5f);
        var reach = (int)MathF.Ceiling(r + 0.5f);
        for (var dy = -reach; dy <= reach; dy++)
        {
            var yy = y + dy;
            if ((uint)yy >= (uint)Height) continue;
            for (var dx = -reach; dx <= reach; dx++)
            {
                var xx = x + dx;
                if ((uint)xx >= (uint)Width) continue;
                var cover = Math.Clamp(r + 0.5f - MathF.Sqrt(dx * dx + dy * dy), 0f, 1f) * darkness;
                var i = yy * Width + xx;
                if (cover > Ink[i]) Ink[i] = cover;
            }
        }
    }
}
