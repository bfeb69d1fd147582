using Easel.Pipeline.Manifest;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Manifest;

public class PngTextChunksTests
{
    private static byte[] SmallPng()
    {
        using var image = new Image<Rgba32>(9, 7);
        for (var y = 0; y < 7; y++)
            for (var x = 0; x < 9; x++) image[x, y] = new Rgba32((byte)(x * 28), (byte)(y * 36), 90, 255);
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Latin_and_chinese_text_come_back_and_the_pixels_do_not_change()
    {
        var png = SmallPng();
        var withText = PngTextChunks.Embed(png, [new("parameters", "a goose\nSeed: 1"), new("easel", "{\"prompt\":\"一只鹅\"}")]);

        var entries = PngTextChunks.Read(withText);
        Assert.Equal("a goose\nSeed: 1", Assert.Single(entries, e => e.Key == "parameters").Value);
        Assert.Equal("{\"prompt\":\"一只鹅\"}", Assert.Single(entries, e => e.Key == "easel").Value);
        using var before = Image.Load<Rgba32>(png);
        using var after = Image.Load<Rgba32>(withText);
        for (var y = 0; y < 7; y++)
            for (var x = 0; x < 9; x++) Assert.Equal(before[x, y], after[x, y]);
    }

    [Fact]
    public void Embedding_again_replaces_the_entries_instead_of_adding_more()
    {
        var once = PngTextChunks.Embed(SmallPng(), [new("parameters", "first")]);
        var twice = PngTextChunks.Embed(once, [new("parameters", "second")]);
        Assert.Equal("second", Assert.Single(PngTextChunks.Read(twice)).Value);
        Assert.Equal(PngTextChunks.Embed(twice, [new("parameters", "second")]), twice);
    }

    [Fact]
    public void Bytes_that_are_not_a_png_are_refused_clearly()
    {
        Assert.Throws<InvalidDataException>(() => PngTextChunks.Read("GIF89a not a png"u8));
        var truncated = SmallPng()[..20];
        Assert.Throws<InvalidDataException>(() => PngTextChunks.Read(truncated));
    }
}
