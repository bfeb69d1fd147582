using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Initial;

/// <summary>The colours of regions.png: black is background; each foreground element (in scene order) has its own colour.</summary>
public static class RegionPalette
{
    private static readonly Rgba32[] Colors =
    [
        new(230, 25, 75), new(60, 180, 75), new(255, 225, 25), new(0, 130, 200), new(245, 130, 48), new(145, 30, 180),
        new(70, 240, 240), new(240, 50, 230), new(210, 245, 60), new(250, 190, 212), new(0, 128, 128), new(220, 190, 255),
    ];

    public static Rgba32 Background { get; } = new(0, 0, 0, 255);

    /// <param name="index">The element's position among the scene's foreground elements.</param>
    public static Rgba32 For(int index)
    {
        if (index < Colors.Length) return Colors[index];
        // Beyond the fixed set: golden-ratio hues, bright, never black.
        var hue = index * 0.618034f % 1f;
        ColorMath.HsvToRgb(hue, 1, 1, out var r, out var g, out var b);
        return new Rgba32((byte)(40 + r * 215), (byte)(40 + g * 215), (byte)(40 + b * 215), 255);
    }
}
