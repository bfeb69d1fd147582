using Easel.Pipeline.Foreground;
using Easel.Pipeline.Tests.Imaging;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Foreground;

public class ForegroundRendererTests
{
    [Theory]
    [InlineData(24)]
    [InlineData(64)]
    [InlineData(150)]
    public void Renders_the_asset_at_the_requested_size_with_its_alpha(int size)
    {
        using var assets = new TestAssets(("fox", new Rgba32(240, 120, 20)));
        using var image = new ForegroundRenderer(assets.Pack).Render("fox", size);
        Assert.NotNull(image);
        Assert.Equal(size, image.Width);
        Assert.Equal(size, image.Height);
        Assert.Equal(0, image[0, 0].A);                  // transparent corner
        var centre = image[size / 2, size / 2];
        Assert.Equal(255, centre.A);                       // opaque body
        Assert.InRange(centre.R, 225, 255);
        Assert.InRange(centre.G, 105, 135);
        // No dark fringe: rim pixels keep the sprite's colour even where they are half transparent.
        for (var x = 0; x < size; x++)
        {
            var p = image[x, size / 2];
            if (p.A is > 20 and < 235) Assert.True(p.R > 180, $"dark fringe at {x}: {p}");
        }
    }

    [Fact]
    public void An_element_without_an_asset_gives_null()
    {
        using var assets = new TestAssets();
        Assert.Null(new ForegroundRenderer(assets.Pack).Render("dragon", 64));
    }
}
