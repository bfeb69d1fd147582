namespace Easel.Benchmarks.Baselines;

/// <summary>
/// The baseline for <see cref="Easel.Pipeline.Imaging.Morphology"/>: its scalar code as it was before it was
/// vectorised (kept only here, so one BenchmarkDotNet run shows the ratio on whatever machine runs it).
/// </summary>
public static class ScalarMorphology
{
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
        Parallel.For(0, height, y =>
        {
            var radius = radiusPerRow[y];
            var row = y * width;
            for (var x = 0; x < width; x++)
            {
                var v = plane[row + x];
                var from = Math.Max(0, x - radius);
                var to = Math.Min(width - 1, x + radius);
                for (var k = from; k <= to; k++)
                {
                    var s = plane[row + k];
                    v = max ? Math.Max(v, s) : Math.Min(v, s);
                }
                scratch[row + x] = v;
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
            for (var k = from + 1; k <= to; k++)
            {
                var source = scratch.AsSpan(k * width, width);
                if (max) for (var x = 0; x < width; x++) target[x] = Math.Max(target[x], source[x]);
                else for (var x = 0; x < width; x++) target[x] = Math.Min(target[x], source[x]);
            }
        });
    }
}
