using System.Numerics;

namespace Easel.Pipeline.Imaging;

/// <summary>
/// Grey-scale opening and closing with a square window. An opening followed by a closing removes bright and dark
/// marks thinner than the window (stars, snowflakes, ripples, grass blades, rain, lit windows) and keeps the exact
/// edges of everything larger (horizon, ridges, shores, buildings), which a blur of the same reach would smear.
/// </summary>
public static class Morphology
{
    /// <summary>Opening then closing, in place, with a (2 radius + 1)² window.</summary>
    public static void OpenClose(float[] plane, int width, int height, int radius)
    {
        var radii = new int[height];
        Array.Fill(radii, radius);
        OpenClose(plane, width, height, radii);
    }

    /// <summary>Opening then closing with a window whose radius may change per row (texture seen nearer is coarser).</summary>
    public static void OpenClose(float[] plane, int width, int height, int[] radiusPerRow)
    {
        var radius = radiusPerRow;
        var scratch = new float[plane.Length];
        Filter(plane, scratch, width, height, radius, max: false); // erode
        Filter(plane, scratch, width, height, radius, max: true);  // dilate: opening
        Filter(plane, scratch, width, height, radius, max: true);  // dilate
        Filter(plane, scratch, width, height, radius, max: false); // erode: closing
    }

    /// <summary>Separable min or max over the square window, in place (scratch holds the horizontal pass).</summary>
    private static void Filter(float[] plane, float[] scratch, int width, int height, int[] radiusPerRow, bool max)
    {
        // Horizontal pass: the row folded with itself shifted by 1..radius both ways (a vector of pixels at a time);
        // near the ends the window is cut at the edge, so those pixels see fewer neighbours.
        Parallel.For(0, height, y =>
        {
            var radius = radiusPerRow[y];
            var row = plane.AsSpan(y * width, width);
            var target = scratch.AsSpan(y * width, width);
            row.CopyTo(target);
            for (var k = 1; k <= radius && k < width; k++)
            {
                Fold(target[..^k], row[k..], max);  // the neighbour k to the right
                Fold(target[k..], row[..^k], max);  // the neighbour k to the left
            }
        });
        // Vertical pass row by row (the window's rows folded into the output row), so memory is read in order.
        Parallel.For(0, height, y =>
        {
            var radius = radiusPerRow[y];
            var from = Math.Max(0, y - radius);
            var to = Math.Min(height - 1, y + radius);
            var target = plane.AsSpan(y * width, width);
            scratch.AsSpan(from * width, width).CopyTo(target);
            for (var k = from + 1; k <= to; k++) Fold(target, scratch.AsSpan(k * width, width), max);
        });
    }

    /// <summary>target = max(target, source) (or min), element-wise.</summary>
    private static void Fold(Span<float> target, ReadOnlySpan<float> source, bool max)
    {
        var i = 0;
        var n = Vector<float>.Count;
        if (max)
        {
            for (; i <= target.Length - n; i += n) Vector.Max(new Vector<float>(target[i..]), new Vector<float>(source[i..])).CopyTo(target[i..]);
            for (; i < target.Length; i++) target[i] = Math.Max(target[i], source[i]);
        }
        else
        {
            for (; i <= target.Length - n; i += n) Vector.Min(new Vector<float>(target[i..]), new Vector<float>(source[i..])).CopyTo(target[i..]);
            for (; i < target.Length; i++) target[i] = Math.Min(target[i], source[i]);
        }
    }
}
