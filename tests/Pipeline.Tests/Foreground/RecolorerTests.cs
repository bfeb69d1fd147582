using Easel.Pipeline.Foreground;
using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Foreground;

/// <summary>Recolouring paints the element in the named colour and keeps its shading.</summary>
public sealed class RecolorerTests
{
    private static (float Hue, float Saturation, float Luma, float LumaSpread) Stats(Image<Rgba32> image)
    {
        double x = 0, y = 0, s = 0, l = 0, l2 = 0, n = 0;
        image.ProcessPixelRows(rows =>
        {
            for (var r = 0; r < rows.Height; r++)
                foreach (var p in rows.GetRowSpan(r))
                {
                    if (p.A < 200) continue;
                    ColorMath.RgbToHsv(p.R / 255f, p.G / 255f, p.B / 255f, out var h, out var sat, out _);
                    x += sat * Math.Cos(h * 2 * Math.PI);
                    y += sat * Math.Sin(h * 2 * Math.PI);
                    s += sat;
                    var luma = ColorMath.Luma(p.R / 255f, p.G / 255f, p.B / 255f);
                    l += luma;
                    l2 += luma * luma;
                    n++;
                }
        });
        var hue = Math.Atan2(y, x) / (2 * Math.PI);
        if (hue < 0) hue += 1;
        var mean = l / n;
        return ((float)hue, (float)(s / n), (float)mean, (float)Math.Sqrt(Math.Max(0, l2 / n - mean * mean)));
    }

    private static float HueDistance(float a, float b)
    {
        var d = Math.Abs(a - b) % 1;
        return Math.Min(d, 1 - d);
    }

    [Theory]
    [InlineData("car", "blue", 0.6f)]
    [InlineData("apple", "green", 0.33f)]
    [InlineData("wine glass", "purple", 0.77f)]
    [InlineData("bench", "red", 0.0f)]
    [InlineData("horse", "yellow", 0.145f)]
    public void A_hue_moves_the_mean_hue_to_it_and_keeps_the_shading(string element, string color, float hue)
    {
        var renderer = new ForegroundRenderer(AssetPack.Default);
        using var original = renderer.Render(element, 128)!;
        using var recoloured = renderer.Render(element, 128, color)!;
        var before = Stats(original);
        var after = Stats(recoloured);
        Assert.True(HueDistance(after.Hue, hue) < 0.06f, $"{element} {color}: mean hue {after.Hue:F3}, want {hue:F3} (was {before.Hue:F3})");
        Assert.True(after.Saturation > 0.3f, $"saturation {after.Saturation:F2}");
        // Shading survives: the body is not one flat colour.
        Assert.True(after.LumaSpread > 0.025f, $"luma spread {after.LumaSpread:F3}");
    }

    [Theory]
    [InlineData("goose", "black", 0.0f, 0.3f)]
    [InlineData("apple", "black", 0.0f, 0.3f)]
    [InlineData("car", "white", 0.7f, 1.0f)]
    [InlineData("dog", "grey", 0.35f, 0.65f)]
    [InlineData("sheep", "brown", 0.2f, 0.5f)]
    public void Neutral_colours_set_the_lightness(string element, string color, float minLuma, float maxLuma)
    {
        var renderer = new ForegroundRenderer(AssetPack.Default);
        using var recoloured = renderer.Render(element, 128, color)!;
        var after = Stats(recoloured);
        Assert.InRange(after.Luma, minLuma, maxLuma);
        if (color != "brown") Assert.True(after.Saturation < 0.2f, $"{element} {color}: saturation {after.Saturation:F2}");
        Assert.True(after.LumaSpread > 0.02f, $"luma spread {after.LumaSpread:F3}");
    }

    [Fact]
    public void Unknown_colour_leaves_the_image_alone()
    {
        var renderer = new ForegroundRenderer(AssetPack.Default);
        using var a = renderer.Render("car", 64)!;
        using var b = renderer.Render("car", 64, "chartreuse")!;
        for (var y = 0; y < 64; y++)
            for (var x = 0; x < 64; x++) Assert.Equal(a[x, y], b[x, y]);
    }
}
