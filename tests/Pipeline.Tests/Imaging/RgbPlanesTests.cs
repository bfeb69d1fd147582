using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Imaging;

public sealed class RgbPlanesTests
{
    [Fact]
    public void Reading_composites_transparency_over_white_and_writing_gives_the_opaque_pixels_back()
    {
        using var image = new Image<Rgba32>(2, 1);
        image[0, 0] = new Rgba32(200, 40, 10, 255);
        image[1, 0] = new Rgba32(0, 0, 0, 0);
        var planes = RgbPlanes.FromImage(image);
        Assert.Equal(new Rgb(200 / 255f, 40 / 255f, 10 / 255f), planes.Get(0, 0));
        Assert.Equal(Rgb.White, planes.Get(1, 0));
        using var written = planes.ToImage();
        Assert.Equal(new Rgba32(200, 40, 10, 255), written[0, 0]);
        Assert.Equal(new Rgba32(255, 255, 255, 255), written[1, 0]);
    }

    [Fact]
    public void A_row_blend_paints_the_same_pixel_as_the_canvas_blend()
    {
        var canvas = new RgbPlanes(4, 3);
        canvas.Fill(0.2f, 0.4f, 0.6f);
        var other = canvas.Clone();
        var red = new Rgb(1, 0, 0);
        canvas.Row(1).Blend(2, red, 0.25f);
        other.Blend(2, 1, red, 0.25f);
        Assert.Equal(other.Get(2, 1), canvas.Get(2, 1));
        Assert.Equal(new Rgb(0.2f, 0.4f, 0.6f), canvas.Get(1, 1));
        // Outside the picture the canvas blend does nothing (painters draw shapes that cross the frame).
        var before = other.Clone();
        other.Blend(-1, 0, red, 1);
        other.Blend(4, 0, red, 1);
        Assert.Equal(before.R, other.R);
    }

    [Fact]
    public void The_model_tensor_is_the_R_then_G_then_B_plane_and_comes_back_unchanged()
    {
        var planes = new RgbPlanes(3, 2);
        for (var i = 0; i < 6; i++)
        {
            planes.R[i] = i / 10f;
            planes.G[i] = 0.5f + i / 20f;
            planes.B[i] = 1 - i / 10f;
        }
        var tensor = planes.ToChw();
        Assert.Equal([1L, 3, 2, 3], planes.ChwShape);
        Assert.Equal(planes.G[4], tensor[6 + 4]);
        Assert.Equal(planes.B[5], tensor[12 + 5]);
        var back = RgbPlanes.FromChw(tensor, 3, 2);
        Assert.Equal(planes.R, back.R);
        Assert.Equal(planes.G, back.G);
        Assert.Equal(planes.B, back.B);
        Assert.Throws<ArgumentException>(() => RgbPlanes.FromChw(tensor, 2, 2));
    }

    [Fact]
    public void A_window_cut_out_and_pasted_back_leaves_the_picture_as_it_was()
    {
        var planes = new RgbPlanes(5, 4);
        for (var i = 0; i < 20; i++) planes.R[i] = i;
        var window = planes.Crop(1, 1, 3, 2);
        Assert.Equal(6f, window.R[0]);
        Assert.Equal(13f, window.R[5]);
        var copy = planes.Clone();
        copy.Paste(window, 1, 1);
        Assert.Equal(planes.R, copy.R);
    }
}
