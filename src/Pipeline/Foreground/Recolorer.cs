using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Foreground;

/// <summary>
/// Paints an element in a named colour while keeping its shading: every body pixel takes the target hue and
/// saturation, and its brightness is the target's plus the pixel's own offset from the body's mean luma, so
/// highlights, shadows and edges survive; near-black line work stays as it is.
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
        ["purple"] = (0.75f, 0.65f, 0.65f),
        ["pink"] = (0.92f, 0.42f, 0.97f),
        ["brown"] = (0.07f, 0.65f, 0.42f),
        ["black"] = (0, 0, 0.14f),
        ["white"] = (0, 0, 0.95f),
        ["grey"] = (0, 0, 0.55f),
    };

    public static IReadOnlyCollection<string> Colors => Targets.Keys;

    public static bool Knows(string color) => Targets.ContainsKey(color);

    /// <summary>Recolours <paramref name="image"/> in place; an unknown colour word leaves it as it is.</summary>
    public static void Apply(Image<Rgba32> image, string color)
    {
        if (!Targets.TryGetValue(color, out var target)) return;
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
    /// How much a pixel takes the new colour: all of the body, coloured and neutral parts alike (a yellow airplane has
    /// a yellow fuselage, not only yellow wings), but not the near-black line work that draws its shape.
    /// </summary>
    private static float Weight(Rgba32 p)
    {
        ColorMath.RgbToHsv(p.R / 255f, p.G / 255f, p.B / 255f, out _, out _, out var v);
        return ColorMath.SmoothStep(0.04f, 0.14f, v);
    }
}
