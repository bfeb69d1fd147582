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

        var count = new int[mask.Length];
        var minX = new int[mask.Length];
        var maxX = new int[mask.Length];
        var minY = new int[mask.Length];
        var maxY = new int[mask.Length];
        Array.Fill(minX, int.MaxValue);
        Array.Fill(minY, int.MaxValue);
        Array.Fill(maxX, -1);
        Array.Fill(maxY, -1);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = y * width + x;
                if (!mask[i]) continue;
                var root = Find(parent, i);
                parent[i] = root;
                count[root]++;
                if (x < minX[root]) minX[root] = x;
                if (x > maxX[root]) maxX[root] = x;
                if (y < minY[root]) minY[root] = y;
                if (y > maxY[root]) maxY[root] = y;
            }
        }
        var pixels = new int[mask.Length];
        var extent = new int[mask.Length];
        for (var i = 0; i < mask.Length; i++)
        {
            if (!mask[i]) continue;
            var root = parent[i];
            pixels[i] = count[root];
            extent[i] = Math.Max(maxX[root] - minX[root], maxY[root] - minY[root]) + 1;
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
