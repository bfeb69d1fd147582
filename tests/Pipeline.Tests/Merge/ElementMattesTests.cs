using Easel.Pipeline.Imaging;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Tests.Imaging;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Merge;

public sealed class ElementMattesTests
{
    [Fact]
    public void Nearer_figures_cover_further_ones_and_the_png_round_trips()
    {
        using var disc = TestAssets.Disc(64, new Rgba32(200, 50, 50));
        var mattes = new ElementMattes(200, 120);
        var far = new Placement("dog", 0, 20, 20, 64, 64, false, 1);
        var near = new Placement("horse", 0, 60, 30, 90, 90, false, 2);
        mattes.Add(SpriteBitmap.From(disc, far.Width, far.Height, false), far);
        mattes.Add(SpriteBitmap.From(disc, near.Width, near.Height, false), near);

        Assert.Equal(2, mattes.Count);
        Assert.Equal(1, mattes.Labels[52 * 200 + 40]);   // only the far disc there
        Assert.Equal(2, mattes.Labels[75 * 200 + 105]);  // the near disc's centre
        Assert.Equal(2, mattes.Labels[60 * 200 + 74]);   // overlap: the nearer one wins
        Assert.Equal(0, mattes.Labels[5 * 200 + 5]);
        Assert.True(mattes.Weight(2) > mattes.Weight(1), "the larger, nearer figure should get the bolder outline");

        using var png = mattes.ToImage();
        var back = ElementMattes.FromImage(png);
        Assert.Equal(mattes.Labels, back.Labels);
        Assert.Equal(mattes.Alpha, back.Alpha);
        Assert.Equal(mattes.Count, back.Count);
        Assert.Equal(mattes.Weight(2), back.Weight(2), 0.05f);
    }
}
