using Easel.Pipeline.Foreground;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Imaging;

/// <summary>A temporary asset pack of synthetic RGBA sprites (discs on transparency), so tests do not depend on the emoji pack.</summary>
internal sealed class TestAssets : IDisposable
{
    public TestAssets(params (string Name, Rgba32 Color)[] sprites)
    {
        Directory = Path.Combine(Path.GetTempPath(), "easel-assets-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var (name, color) in sprites)
        {
            using var image = Disc(64, color);
            image.SaveAsPng(Path.Combine(Directory, name + ".png"));
        }
        Pack = new AssetPack(Directory);
    }

    public string Directory { get; }
    public AssetPack Pack { get; }

    /// <summary>A disc of radius 0.4 of the side, opaque inside, anti-aliased rim, transparent corners.</summary>
    public static Image<Rgba32> Disc(int size, Rgba32 color)
    {
        var image = new Image<Rgba32>(size, size);
        var c = (size - 1) / 2f;
        var r = size * 0.4f;
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
            {
                var d = MathF.Sqrt((x - c) * (x - c) + (y - c) * (y - c));
                var a = Math.Clamp(r - d + 0.5f, 0, 1);
                image[x, y] = new Rgba32(color.R, color.G, color.B, (byte)(a * 255));
            }
        return image;
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
