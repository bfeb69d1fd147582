using Easel.Pipeline.Imaging;
using Easel.Pipeline.Sketch;
using Easel.Pipeline.Tests.Stylize;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Sketch;

public sealed class SketcherTests
{
    private const int Size = 256;

    [Fact]
    public void Sketch_is_mostly_white_paper_with_some_dark_lines()
    {
        using var merged = SyntheticScene.Seascape(Size);
        using var sketch = new Sketcher().Sketch(merged);
        var values = Values(sketch);
        var paper = values.Count(v => v >= 235) / (double)values.Length;
        var ink = values.Count(v => v < 100) / (double)values.Length;
        Assert.Equal((Size, Size), (sketch.Width, sketch.Height));
        Assert.True(paper > 0.8, $"{paper:P0} paper");
        Assert.True(ink > 0.005, $"{ink:P1} ink");
    }

    [Fact]
    public void Lines_follow_the_edges_and_flat_areas_stay_blank()
    {
        using var merged = SyntheticScene.Seascape(Size);
        using var sketch = new Sketcher().Sketch(merged);
        var values = Values(sketch);
        // The hull's top edge (y = 0.52), the rock's rim and the horizon carry lines ...
        Assert.True(DarkestInBox(values, 0.44f, 0.5f, 0.62f, 0.6f) < 100, "no line along the hull");
        Assert.True(DarkestInBox(values, 0.06f, 0.6f, 0.3f, 0.9f) < 100, "no line around the rock");
        Assert.True(DarkestInBox(values, 0.05f, 0.52f, 0.35f, 0.58f) < 140, "no line along the horizon");
        // ... open sky does not.
        Assert.True(DarkestInBox(values, 0.05f, 0.05f, 0.35f, 0.35f) > 230, "lines in the empty sky");
    }

    [Fact]
    public void Small_specks_are_dropped()
    {
        // Flat grey with scattered 2x2 dark specks and one long dark bar (thicker than the texture window: structure).
        using var image = new Image<Rgba32>(Size, Size, new Rgba32(180, 180, 180));
        var random = new Random(3);
        for (var k = 0; k < 60; k++)
        {
            var x = random.Next(10, Size - 10);
            var y = random.Next(10, Size - 60);
            for (var dy = 0; dy < 2; dy++) for (var dx = 0; dx < 2; dx++) image[x + dx, y + dy] = new Rgba32(60, 60, 60);
        }
        for (var x = 40; x < 220; x++) for (var y = 214; y < 228; y++) image[x, y] = new Rgba32(30, 30, 30);
        using var sketch = new Sketcher().Sketch(image);
        var values = Values(sketch);
        Assert.True(DarkestInBox(values, 0f, 0f, 1f, 0.78f) > 230, "specks survived");
        Assert.True(DarkestInBox(values, 0.15f, 0.82f, 0.85f, 0.92f) < 100, "the bar lost its outline");
    }

    [Fact]
    public void Sketch_is_deterministic()
    {
        using var merged = SyntheticScene.Seascape(Size);
        using var a = new Sketcher().Sketch(merged);
        using var b = new Sketcher().Sketch(merged);
        Assert.Equal(Values(a), Values(b));
    }

    [Fact]
    public void Transparent_pixels_are_treated_as_white_paper()
    {
        using var clear = new Image<Rgba32>(64, 64);
        using var sketch = new Sketcher().Sketch(clear);
        Assert.All(Values(sketch), v => Assert.Equal(255, v));
    }

    private static byte[] Values(Image<L8> image)
    {
        var pixels = new L8[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        return pixels.Select(p => p.PackedValue).ToArray();
    }

    private static byte DarkestInBox(byte[] values, float u0, float v0, float u1, float v1)
    {
        byte darkest = 255;
        for (var y = (int)(v0 * Size); y < (int)(v1 * Size); y++)
            for (var x = (int)(u0 * Size); x < (int)(u1 * Size); x++)
                darkest = Math.Min(darkest, values[y * Size + x]);
        return darkest;
    }
}
