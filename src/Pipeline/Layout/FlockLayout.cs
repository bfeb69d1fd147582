using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Layout;

/// <summary>
/// Lays out many copies of one thing ("twenty birds", "a flock of sheep", "twelve cups") in staggered rows, so that
/// every copy can be seen and counted: no copy covers another or leaves the frame. Rows on the ground or the water
/// recede in perspective (the back row smaller and higher); rows in the sky keep one size. The number of rows is the
/// one that leaves the copies largest. Used from <see cref="MinCopies"/> copies up; fewer are placed one by one.
/// </summary>
public static class FlockLayout
{
    /// <summary>From this many copies of one element on, they are laid out in rows.</summary>
    public const int MinCopies = 7;

    private const int MaxRows = 5;

    /// <param name="nominal">The size one copy would have alone at mid-depth (pixels).</param>
    /// <param name="band">The rows the boxes may take: from the top of the back row's box to the bottom of the front row's.</param>
    /// <param name="span">The columns the boxes may take (a pond's width); the whole width when null.</param>
    public static IReadOnlyList<Placement> Place(string element, int count, ElementProfile profile, Terrain terrain, float nominal,
        (float Top, float Bottom) band, int seed, int order, (float Left, float Right)? span = null)
    {
        var (left, right) = span ?? (0f, terrain.Width);
        var w = right - left;
        var receding = profile.Habitat != Habitat.Sky;
        var (rows, sizes) = BestRows(count, (int)w, nominal, band, receding);
        var random = new Random(StableHash.Combine(seed, StableHash.Of(element), 977));
        var placements = new List<Placement>(count);
        var height = band.Bottom - band.Top;
        var used = sizes.Sum();
        var gap = rows > 1 ? Math.Max(0, height - used) / rows : Math.Max(0, height - used) / 2;
        var y = band.Top + (rows > 1 ? gap / 2 : gap);
        var index = 0;
        for (var r = 0; r < rows; r++)
        {
            var inRow = count / rows + (r < count % rows ? 1 : 0);
            var cell = w * 0.94f / inRow;
            // Alternate rows shift by a fifth of a cell, so the rows read as a flock, not a grid.
            var shift = (r % 2 == 0 ? -0.2f : 0.2f) * cell;
            for (var k = 0; k < inRow; k++, index++)
            {
                // Copies differ a little in size (each keeps the same base line), as animals in a herd do.
                var size = (int)MathF.Floor(sizes[r] * (0.86f + 0.14f * (float)random.NextDouble()));
                var slack = Math.Max(0, cell - size);
                var cx = left + w * 0.03f + cell * (k + 0.5f) + shift + ((float)random.NextDouble() - 0.5f) * slack * 0.2f;
                var jitterY = (sizes[r] - size) + ((float)random.NextDouble() - 0.5f) * gap * 0.8f;
                var x = (int)MathF.Round(Math.Clamp(cx - size / 2f, left, right - size));
                var top = (int)MathF.Round(Math.Clamp(y + jitterY, 0, terrain.Height - size));
                var p = new Placement(element, index, x, top, size, size, random.Next(2) == 1, 0, profile.Habitat);
                placements.Add(p with { Depth = (int)profile.ContactY(p) * 64 + Math.Min(63, order * 4 + index % 4) });
            }
            y += sizes[r] + gap;
        }
        return placements;
    }

    /// <summary>The number of rows whose smallest copy is largest, and each row's size (back row first).</summary>
    private static (int Rows, float[] Sizes) BestRows(int count, int width, float nominal, (float Top, float Bottom) band, bool receding)
    {
        var best = (Rows: 1, Sizes: new[] { 1f });
        var bestMin = -1f;
        var height = Math.Max(1, band.Bottom - band.Top);
        for (var rows = 1; rows <= Math.Min(MaxRows, count); rows++)
        {
            var sizes = new float[rows];
            for (var r = 0; r < rows; r++)
            {
                var inRow = count / rows + (r < count % rows ? 1 : 0);
                // Perspective: the back row is about two thirds the size of the front row.
                var depth = rows == 1 ? 0.6f : 0.3f + 0.7f * r / (rows - 1);
                var perspective = receding ? 0.55f + 0.45f * depth : 1f;
                sizes[r] = Math.Min(nominal * perspective, width * 0.94f / inRow * 0.8f);
            }
            var total = sizes.Sum();
            if (total > height * 0.96f)
            {
                var fit = height * 0.96f / total;
                for (var r = 0; r < rows; r++) sizes[r] *= fit;
            }
            var smallest = sizes.Min();
            if (smallest > bestMin + 0.5f)
            {
                bestMin = smallest;
                best = (rows, sizes);
            }
        }
        return best;
    }
}
