using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Cli.Eval.GenEval;

/// <summary>
/// Names the colour of pixels with the words GenEval asks about (red, orange, yellow, green, blue, purple, pink,
/// brown, black, white) plus grey, by hue, saturation and value: a stand-in for GenEval's CLIP colour classifier
/// that a person would agree with on flat, painted colours.
/// </summary>
public static class ColorNames
{
    public static string Of(Rgba32 pixel)
    {
        ColorMath.RgbToHsv(pixel.R / 255f, pixel.G / 255f, pixel.B / 255f, out var turns, out var s, out var v);
        var h = turns * 360;
        if (v < 0.2f) return "black";
        if (s < 0.2f) return v >= 0.62f ? "white" : v < 0.35f ? "black" : "grey";
        if (h >= 12 && h < 45 && v < 0.62f) return "brown";
        if ((h < 12 || h >= 340) && s < 0.5f && v > 0.7f) return "pink";
        return h switch
        {
            < 12 => "red",
            < 40 => "orange",
            < 70 => "yellow",
            < 165 => "green",
            < 255 => "blue",
            < 290 => "purple",
            < 340 => "pink",
            _ => "red",
        };
    }

    /// <summary>The colour most of the weighted pixels are named; null when there are none.</summary>
    public static string? Dominant(IEnumerable<(Rgba32 Pixel, float Weight)> pixels)
    {
        var votes = new Dictionary<string, float>();
        foreach (var (pixel, weight) in pixels)
        {
            var name = Of(pixel);
            votes[name] = votes.GetValueOrDefault(name) + weight;
        }
        return votes.Count == 0 ? null : votes.MaxBy(kv => kv.Value).Key;
    }
}
