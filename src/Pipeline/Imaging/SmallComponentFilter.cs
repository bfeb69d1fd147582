namespace Easel.Pipeline.Imaging;

/// <summary>
/// Finds 8-connected components of a binary mask and clears the ones below a size, so specks and
/// short scratches of texture do not survive as lines.
/// </summary>
public static class SmallComponentFilter
{
    /// <summary>Clears (sets false) every component with fewer than <paramref name="minPixels"/> pixels
    /// or whose bounding box is shorter than <paramref name="minExtent"/> on its longer side.</summary>
    public static void RemoveSmall(bool[] mask, int width, int height, int minPixels, int minExtent)
    {
        var (count, extent) = Measure(mask, width, height);
        for (var i = 0; i < mask.Length; i++)
            if (mask[i] && (count[i] < minPixels || extent[i] < minExtent)) mask[i] = false;
    }

    /// <summary>Per pixel of the mask: its component's pixel count and the longer side of its bounding box (0 off the mask).</summary>
    public static (int[] Count, int[] Extent) Measure(bool[] mask, int width, int height)
    {
        var parent = new int[mask.Length];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;

        // Union-find over the previous row and the left neighbour (8-connectivity).
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = y * width + x;
                if (!mask[i]) continue;
                if (x > 0 && mask[i - 1]) Union(parent, i, i - 1);
                if (y > 0)
                {
                    var up = i - width;
                    if (mask[up]) Union(parent, i, up);
                    if (x > 0 && mask[up - 1]) Union(parent, i, up - 1);
                    if (x < width - 1 && mask[up + 1]) Union(parent, i, up + 1);
                }
            }
        }

        // Statistics per component, not per pixel: a root is the smallest index of its component (Union keeps the
        // smaller), so scanning in order meets it first and numbers it there. The component numbers are kept in
        // `extent` at the roots until the last pass, which runs backwards so every root is read before it is overwritten.
        // (Five full-size arrays of per-root statistics were the sketch stage's largest allocation.)
        var pixels = new int[mask.Length];
        var extent = new int[mask.Length];
        var count = new List<int>();
        var minX = new List<int>();
        var maxX = new List<int>();
        var minY = new List<int>();
        var maxY = new List<int>();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = y * width + x;
                if (!mask[i]) continue;
                var root = Find(parent, i);
                parent[i] = root;
                if (root == i)
                {
                    extent[i] = count.Count;
                    count.Add(0);
                    minX.Add(x);
                    maxX.Add(x);
                    minY.Add(y);
                    maxY.Add(y);
                }
                var c = extent[root];
                count[c]++;
                if (x < minX[c]) minX[c] = x;
                if (x > maxX[c]) maxX[c] = x;
                if (y > maxY[c]) maxY[c] = y;
            }
        }
        for (var i = mask.Length - 1; i >= 0; i--)
        {
            if (!mask[i]) continue;
            var c = extent[parent[i]];
            pixels[i] = count[c];
            extent[i] = Math.Max(maxX[c] - minX[c], maxY[c] - minY[c]) + 1;
        }
        return (pixels, extent);
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra == rb) return;
        if (ra < rb) parent[rb] = ra; else parent[ra] = rb;
    }
}
