using SixLabors.ImageSharp;

namespace Easel.Serve.Tests;

internal static class Png
{
    /// <summary>Decodes a PNG and returns its size: fails on anything that is not a whole image.</summary>
    public static (int Width, int Height) Size(byte[] bytes)
    {
        Assert.True(bytes.Length > 8 && bytes[0] == 0x89 && bytes[1] == (byte)'P', "not a PNG");
        var info = Image.Identify(bytes);
        Assert.NotNull(info);
        using var image = Image.Load(bytes); // decoding the whole file catches truncated uploads
        return (image.Width, image.Height);
    }
}
