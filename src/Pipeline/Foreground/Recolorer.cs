using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Foreground;

/// <summary>
/// Paints an element in a named colour while keeping its shading and its detail. Only the element's body changes:
/// its largest coloured region (the hue that covers most of it, with that hue's shades), or, when the element is
/// mostly neutral (a white goose, a grey elephant), its neutral parts. Other hues (a car's light-blue windows, a
/// goose's orange beak), near-neutral detail on a coloured body (dark tyres, light highlights) and near-black line
/// work stay as they are. Each body pixel takes the target hue and saturation, and its brightness is the target's
/// plus the pixel's own offset from the body's mean luma, so highlights and shadows survive.
/// <see cref="RecolorScope.Whole"/> repaints every pixel instead (a pink phone: the glyph is mostly screen).
/// </summary>
public static class Recolorer
{
    /// <summary>Hue (0-1), saturation and brightness (HSV value) of each colour word the text stage binds.</summary>
    private static readonly Dictionary<string, (float Hue, float Saturation, float Value)> Targets = new(StringComparer.Ordinal)
    {
        ["red"] = (0.0f, 0.85f, 0.82f),
        ["orange"] = (0.075f, 0.9f, 0.95f),
        ["yellow"] = (0.145f, 0.85f, 0.95f),
        ["green"] = (0.33f, 0.7f, 0.62f),
        ["blue"] = (0.6f, 0.8f, 0.82f),
        // Purple sits towards blue within its band (which ends at pink near 290 degrees): the warm grade of several
        // styles turns hues about 15 degrees towards red, and a purple at the band's middle came out pink.
        ["purple"] = (0.73f, 0.68f, 0.65f),
        ["pink"] = (0.92f, 0.42f, 0.97f),
        ["brown"] = (0.07f, 0.65f, 0.42f),
        ["black"] = (0, 0, 0.14f),
        ["white"] = (0, 0, 0.95f),
        ["grey"] = (0, 0, 0.55f),
    };

    public static IReadOnlyCollection<string> Colors => Targets.Keys;

    public static bool Knows(string color) => Targets.ContainsKey(color);

    /// <summary>
    /// Chroma (saturation times value) from which a pixel counts as coloured rather than neutral: a dark warm-grey
    /// tyre (saturation 0.22 at value 0.3) is neutral, a dark red shadow on a red body is not.
    /// </summary>
    private const float Chromatic = 0.14f;

    /// <summary>A pixel at least this bright and less saturated than <see cref="PaleSaturation"/> is a pale tint of white.</summary>
    private const float PaleValue = 0.78f;

    private const float PaleSaturation = 0.3f;

    /// <summary>The share of an element that must be coloured for its body to be a hue rather than its neutral parts.</summary>
    private const float ColouredBody = 0.25f;

    /// <summary>Recolours <paramref name="image"/> in place; an unknown colour word leaves it as it is.</summary>
    public static void Apply(Image<Rgba32> image, string color, RecolorScope scope = RecolorScope.Body)
    {
        if (!Targets.TryGetValue(color, out var target)) return;
        var bodyHue = scope == RecolorScope.Body ? BodyHue(image) : null;
        float Weight(Rgba32 p) => scope == RecolorScope.Whole ? 1f : Membership(p, bodyHue);
        // The body's mean luma: each pixel keeps its offset from it, so highlights and shadows survive.
        double sumWeight = 0, sumLuma = 0;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
                foreach (var p in rows.GetRowSpan(y))
                {
                    if (p.A < 128) continue;
                    var w = Weight(p);
                    sumWeight += w;
                    sumLuma += w * ColorMath.Luma(p.R / 255f, p.G / 255f, p.B / 255f);
                }
        });
        if (sumWeight <= 0) return;
        var meanLuma = (float)(sumLuma / sumWeight);
        // Neutral targets compress the shading so that black stays black and white stays white.
        var contrast = target.Saturation == 0 ? 0.6f : 0.9f;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var p = row[x];
                    if (p.A == 0) continue;
                    var w = Weight(p);
                    if (w <= 0) continue;
                    float r = p.R / 255f, g = p.G / 255f, b = p.B / 255f;
                    var value = ColorMath.Clamp01(target.Value + (ColorMath.Luma(r, g, b) - meanLuma) * contrast);
                    ColorMath.HsvToRgb(target.Hue, target.Saturation, value, out var nr, out var ng, out var nb);
                    row[x] = new Rgba32(
                        ColorMath.ToByte(r + (nr - r) * w), ColorMath.ToByte(g + (ng - g) * w), ColorMath.ToByte(b + (nb - b) * w), p.A);
                }
            }
        });
    }

    /// <summary>
    /// The hue (0-1) that covers most of the element's coloured pixels, averaged over its neighbourhood of 50 degrees;
    /// null when the element's body is neutral (too little of it is coloured, or its neutral parts cover more). Pixels on the rim of the silhouette
    /// count three times: the body is what the outside of a thing is made of, while windows, screens and labels
    /// sit inside it (a bus's light-blue windows cover nearly as much as its cream paint).
    /// </summary>
    private static float? BodyHue(Image<Rgba32> image)
    {
        const int bins = 36;
        int width = image.Width, height = image.Height;
        var hues = new float[width * height];
        var coloured = new bool[width * height];
        var solid = new bool[width * height];
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var p = row[x];
                    if (p.A < 128) continue;
                    solid[y * width + x] = true;
                    ColorMath.RgbToHsv(p.R / 255f, p.G / 255f, p.B / 255f, out var h, out var s, out var v);
                    coloured[y * width + x] = Colouredness(s, v) >= 0.5f;
                    hues[y * width + x] = h;
                }
            }
        });
        var rim = Math.Max(2, Math.Min(width, height) / 32);
        bool Solid(int x, int y) => x >= 0 && y >= 0 && x < width && y < height && solid[y * width + x];
        var count = new double[bins];
        var cos = new double[bins];
        var sin = new double[bins];
        double opaque = 0, colouredCount = 0, neutralArea = 0;
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var i = y * width + x;
                if (!solid[i]) continue;
                opaque++;
                var onRim = !Solid(x - rim, y) || !Solid(x + rim, y) || !Solid(x, y - rim) || !Solid(x, y + rim);
                var w = onRim ? 3 : 1;
                if (!coloured[i])
                {
                    neutralArea += w;
                    continue;
                }
                colouredCount++;
                var h = hues[i];
                var bin = Math.Min(bins - 1, (int)(h * bins));
                count[bin] += w;
                cos[bin] += w * Math.Cos(h * 2 * Math.PI);
                sin[bin] += w * Math.Sin(h * 2 * Math.PI);
            }
        if (opaque == 0 || colouredCount < ColouredBody * opaque) return null;
        var peak = Enumerable.Range(0, bins).MaxBy(i => count[i] + 0.5 * (count[(i + 1) % bins] + count[(i + bins - 1) % bins]));
        double sx = 0, sy = 0, hueArea = 0;
        for (var d = -2; d <= 2; d++)
        {
            sx += cos[(peak + d + bins) % bins];
            sy += sin[(peak + d + bins) % bins];
            hueArea += count[(peak + d + bins) % bins];
        }
        // A mostly neutral thing with a coloured detail (a white toilet with a blue flush button, a black skateboard
        // with red wheels) has a neutral body: the neutral parts cover more than the main hue does.
        if (neutralArea > hueArea) return null;
        var hue = Math.Atan2(sy, sx) / (2 * Math.PI);
        return (float)(hue < 0 ? hue + 1 : hue);
    }

    /// <summary>
    /// How much a pixel belongs to the body and takes the new colour: coloured pixels near the body's hue (never the
    /// near-black line work that draws the element's shape), or, for a neutral body, its neutral pixels.
    /// </summary>
    private static float Membership(Rgba32 p, float? bodyHue)
    {
        ColorMath.RgbToHsv(p.R / 255f, p.G / 255f, p.B / 255f, out var h, out var s, out var v);
        var notLine = ColorMath.SmoothStep(0.04f, 0.14f, v);
        // A neutral body is all its neutral parts, dark ones too (a skateboard's black deck).
        if (bodyHue is not { } hue) return 1 - Colouredness(s, v);
        var d = Math.Abs(h - hue) % 1;
        d = Math.Min(d, 1 - d);
        return notLine * Colouredness(s, v) * (1 - ColorMath.SmoothStep(0.07f, 0.11f, d));
    }

    /// <summary>
    /// 0 (neutral) .. 1 (coloured). Enough chroma makes a pixel coloured, except a pale tint: the cool shading of a
    /// white thing (a toilet's or a sink's light-blue shadows, a wine glass's grey-blue bowl) belongs to its white
    /// body, so "a blue toilet" repaints the porcelain, not only its shadows.
    /// </summary>
    private static float Colouredness(float s, float v)
    {
        var chroma = ColorMath.SmoothStep(Chromatic - 0.05f, Chromatic, s * v);
        var pale = ColorMath.SmoothStep(PaleValue - 0.06f, PaleValue, v) * (1 - ColorMath.SmoothStep(PaleSaturation - 0.06f, PaleSaturation, s));
        return chroma * (1 - pale);
    }
}
