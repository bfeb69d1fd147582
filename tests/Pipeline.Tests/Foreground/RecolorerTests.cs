using Easel.Pipeline.Foreground;
using Easel.Pipeline.Imaging;
using Easel.Pipeline.Text;
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
        using var recoloured = renderer.Render(element, 128, color, Scope(element))!;
        var before = Stats(original);
        var after = Stats(recoloured);
        Assert.True(HueDistance(after.Hue, hue) < 0.06f, $"{element} {color}: mean hue {after.Hue:F3}, want {hue:F3} (was {before.Hue:F3})");
        Assert.True(after.Saturation > 0.3f, $"saturation {after.Saturation:F2}");
        // Shading survives: the body is not one flat colour.
        Assert.True(after.LumaSpread > 0.025f, $"luma spread {after.LumaSpread:F3}");
    }

    [Theory]
    [InlineData("toilet", "blue", 0.6f)]
    [InlineData("toilet", "red", 0.0f)]
    [InlineData("bathtub", "pink", 0.92f)]
    public void A_white_thing_with_pale_tinted_shading_is_repainted_not_only_its_shadows(string element, string color, float hue)
    {
        // A white porcelain glyph is shaded with a pale blue: that tint is its white body's shadow, not its colour.
        var renderer = new ForegroundRenderer(AssetPack.Default);
        using var recoloured = renderer.Render(element, 128, color, Scope(element))!;
        int opaque = 0, inHue = 0;
        recoloured.ProcessPixelRows(rows =>
        {
            for (var r = 0; r < rows.Height; r++)
                foreach (var p in rows.GetRowSpan(r))
                {
                    if (p.A < 200) continue;
                    opaque++;
                    ColorMath.RgbToHsv(p.R / 255f, p.G / 255f, p.B / 255f, out var h, out var sat, out _);
                    if (sat > 0.3f && HueDistance(h, hue) < 0.08f) inHue++;
                }
        });
        Assert.True(inHue > opaque * 0.6, $"{element} {color}: {inHue} of {opaque} pixels in the colour");
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

    private static RecolorScope Scope(string element) => Lexicon.Default.Foreground[element].Recolor;

    private static IEnumerable<(Rgba32 Before, Rgba32 After)> Pairs(Image<Rgba32> before, Image<Rgba32> after)
    {
        for (var y = 0; y < before.Height; y++)
            for (var x = 0; x < before.Width; x++)
                if (before[x, y].A >= 200) yield return (before[x, y], after[x, y]);
    }

    private static (float H, float S, float V) Hsv(Rgba32 p)
    {
        ColorMath.RgbToHsv(p.R / 255f, p.G / 255f, p.B / 255f, out var h, out var s, out var v);
        return (h, s, v);
    }

    private static bool Same(Rgba32 a, Rgba32 b) => Math.Abs(a.R - b.R) <= 6 && Math.Abs(a.G - b.G) <= 6 && Math.Abs(a.B - b.B) <= 6;

    [Theory]
    [InlineData("car", "green", 0.97f, 0.03f)]
    [InlineData("car", "white", 0.97f, 0.03f)]
    [InlineData("bus", "red", 0.08f, 0.14f)]
    public void Only_the_body_changes_tyres_windows_and_outlines_stay(string element, string color, float bodyFrom, float bodyTo)
    {
        var renderer = new ForegroundRenderer(AssetPack.Default);
        using var original = renderer.Render(element, 128)!;
        using var recoloured = renderer.Render(element, 128, color, Scope(element))!;
        var pairs = Pairs(original, recoloured).ToList();
        // Dark tyres and outlines (near-black or dark grey) and the light-blue windows are detail, not body.
        var dark = pairs.Where(p => Hsv(p.Before) is { V: < 0.4f, S: < 0.3f }).ToList();
        var windows = pairs.Where(p => Hsv(p.Before) is { H: > 0.5f and < 0.62f, S: > 0.15f, V: > 0.75f }).ToList();
        Assert.True(dark.Count > 50 && windows.Count > 50, $"{element}: {dark.Count} dark, {windows.Count} window pixels");
        Assert.True(dark.Count(p => Same(p.Before, p.After)) > 0.9 * dark.Count, $"{element} {color}: dark detail repainted");
        Assert.True(windows.Count(p => Same(p.Before, p.After)) > 0.9 * windows.Count, $"{element} {color}: windows repainted");
        // …and the body (the red bodywork, the bus's cream paint) did change.
        var body = pairs.Where(p => Hsv(p.Before) is var c && c.S * c.V > 0.2f
            && (bodyFrom < bodyTo ? c.H >= bodyFrom && c.H <= bodyTo : c.H >= bodyFrom || c.H <= bodyTo)).ToList();
        Assert.True(body.Count > 0.15 * pairs.Count, $"{element}: {body.Count} body pixels of {pairs.Count}");
        Assert.True(body.Count(p => !Same(p.Before, p.After)) > 0.9 * body.Count, $"{element} {color}: body kept");
    }

    [Fact]
    public void A_white_goose_painted_black_keeps_its_orange_beak_and_feet()
    {
        var renderer = new ForegroundRenderer(AssetPack.Default);
        using var original = renderer.Render("goose", 128)!;
        using var recoloured = renderer.Render("goose", 128, "black", Scope("goose"))!;
        var orange = Pairs(original, recoloured).Where(p => Hsv(p.Before) is { H: > 0.04f and < 0.13f, S: > 0.5f }).ToList();
        Assert.True(orange.Count > 30, $"{orange.Count} orange pixels");
        Assert.True(orange.Count(p => Same(p.Before, p.After)) > 0.85 * orange.Count, "beak repainted");
        Assert.True(Stats(recoloured).Luma < 0.35f);
    }

    [Theory]
    [InlineData("cell phone", "pink", 0.92f, 0.1f)]
    [InlineData("wine glass", "purple", 0.75f, 0.35f)]
    public void A_thing_a_person_colours_whole_is_painted_whole(string element, string color, float hue, float maxDark)
    {
        Assert.Equal(RecolorScope.Whole, Scope(element));
        var renderer = new ForegroundRenderer(AssetPack.Default);
        using var recoloured = renderer.Render(element, 128, color, Scope(element))!;
        var pixels = Pairs(recoloured, recoloured).Select(p => Hsv(p.Before)).ToList();
        // The phone's dark screen takes the colour too: almost nothing stays near-black (the wine keeps its depth).
        Assert.True(pixels.Count(p => p.V < 0.25f) < maxDark * pixels.Count, $"{element}: dark pixels stay");
        Assert.True(pixels.Count(p => p.S > 0.25f && HueDistance(p.H, hue) < 0.06f) > 0.6 * pixels.Count, $"{element}: not {color}");
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
