using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Tests.Imaging;

public sealed class SmallComponentFilterTests
{
    [Theory]
    [InlineData(1, 1, 0.5)]
    [InlineData(9, 7, 0.3)]
    [InlineData(64, 48, 0.1)]
    [InlineData(64, 48, 0.45)]
    [InlineData(120, 90, 0.6)]
    public void Measure_gives_every_pixel_its_8_connected_components_size_and_longer_side(int width, int height, double density)
    {
        var random = new Random(width * 31 + height);
        var mask = new bool[width * height];
        for (var i = 0; i < mask.Length; i++) mask[i] = random.NextDouble() < density;

        var (count, extent) = SmallComponentFilter.Measure(mask, width, height);

        var (expectedCount, expectedExtent) = FloodFill(mask, width, height);
        Assert.Equal(expectedCount, count);
        Assert.Equal(expectedExtent, extent);
    }

    [Fact]
    public void Remove_small_clears_specks_and_short_scratches_and_keeps_long_lines()
    {
        const int width = 20, height = 10;
        var mask = new bool[width * height];
        mask[2 * width + 2] = true;                                   // a speck
        for (var x = 5; x < 8; x++) mask[4 * width + x] = true;       // a 3-pixel scratch
        for (var x = 2; x < 18; x++) mask[8 * width + x] = true;      // a 16-pixel line

        SmallComponentFilter.RemoveSmall(mask, width, height, minPixels: 4, minExtent: 6);

        Assert.False(mask[2 * width + 2]);
        Assert.False(mask[4 * width + 6]);
        Assert.Equal(16, mask.Count(m => m));
    }

    /// <summary>The plain definition: a breadth-first flood over the 8 neighbours, one component at a time.</summary>
    private static (int[] Count, int[] Extent) FloodFill(bool[] mask, int width, int height)
    {
        var count = new int[mask.Length];
        var extent = new int[mask.Length];
        var seen = new bool[mask.Length];
        for (var start = 0; start < mask.Length; start++)
        {
            if (!mask[start] || seen[start]) continue;
            var members = new List<int>();
            var queue = new Queue<int>([start]);
            seen[start] = true;
            while (queue.TryDequeue(out var i))
            {
                members.Add(i);
                for (var dy = -1; dy <= 1; dy++)
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        int x = i % width + dx, y = i / width + dy;
                        if (x < 0 || y < 0 || x >= width || y >= height) continue;
                        var j = y * width + x;
                        if (!mask[j] || seen[j]) continue;
                        seen[j] = true;
                        queue.Enqueue(j);
                    }
            }
            var side = Math.Max(members.Max(i => i % width) - members.Min(i => i % width), members.Max(i => i / width) - members.Min(i => i / width)) + 1;
            foreach (var i in members)
            {
                count[i] = members.Count;
                extent[i] = side;
            }
        }
        return (count, extent);
    }
}
