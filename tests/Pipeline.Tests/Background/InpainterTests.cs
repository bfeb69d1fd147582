using Easel.Pipeline.Background;
using Easel.Pipeline.Tests.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Background;

public class InpainterTests
{
    /// <summary>Sky gradient over textured grass (horizon at row 60), with a red square standing across the horizon.</summary>
    private static Image<Rgba32> Landscape(out Image<L8> mask, out Func<int, int, bool> hole)
    {
        var image = new Image<Rgba32>(160, 120);
        var random = new Random(1);
        for (var y = 0; y < 120; y++)
            for (var x = 0; x < 160; x++)
            {
                image[x, y] = y < 60
                    ? new Rgba32((byte)(80 + y), (byte)(140 + y / 2), 230)
                    : new Rgba32((byte)(50 + random.Next(40)), (byte)(120 + random.Next(50)), (byte)(30 + random.Next(20)));
            }
        var m = new Image<L8>(160, 120);
        for (var y = 40; y < 90; y++)
            for (var x = 60; x < 100; x++)
            {
                image[x, y] = new Rgba32(230, 20, 20);
                m[x, y] = new L8(255);
            }
        mask = m;
        hole = (x, y) => x is >= 60 and < 100 && y is >= 40 and < 90;
        return image;
    }

    [Fact]
    public void The_filled_region_no_longer_shows_the_object()
    {
        using var image = Landscape(out var mask, out var hole);
        using var _ = mask;
        using var filled = new Inpainter().Inpaint(image, mask);
        var inside = Pixels.Mean(filled, hole);
        Assert.True(inside.R < 0.5, $"the red square is still there: {inside}");
        // Pixels away from the hole (beyond the dilation) are untouched.
        Assert.Equal(image[10, 10], filled[10, 10]);
        Assert.Equal(image[150, 110], filled[150, 110]);
    }

    [Fact]
    public void The_fill_continues_sky_above_the_horizon_and_grass_below()
    {
        using var image = Landscape(out var mask, out var hole);
        using var _ = mask;
        using var filled = new Inpainter().Inpaint(image, mask);

        var skyFill = Pixels.Mean(filled, (x, y) => hole(x, y) && y < 56);
        var skyAround = Pixels.Mean(image, (x, y) => !hole(x, y) && y is >= 40 and < 56 && x is >= 40 and < 120);
        var grassFill = Pixels.Mean(filled, (x, y) => hole(x, y) && y > 64);
        var grassAround = Pixels.Mean(image, (x, y) => !hole(x, y) && y is > 64 and < 90 && x is >= 40 and < 120);
        AssertClose(skyAround, skyFill, 0.06);
        AssertClose(grassAround, grassFill, 0.06);

        // Not a smooth blob: the grass fill keeps a texture comparable to the grass around it.
        var spreadFill = Pixels.LumaSpread(filled, (x, y) => hole(x, y) && y > 66);
        var spreadAround = Pixels.LumaSpread(image, (x, y) => !hole(x, y) && y > 66 && x is >= 30 and < 130);
        Assert.True(spreadFill > spreadAround * 0.35, $"fill texture {spreadFill:F4} vs surroundings {spreadAround:F4}");
    }

    [Fact]
    public void A_vertical_edge_through_the_hole_stays_vertical()
    {
        // A river bank running down the picture: water on the left, grass on the right, a hole straddling it.
        using var image = new Image<Rgba32>(120, 120);
        var random = new Random(3);
        for (var y = 0; y < 120; y++)
            for (var x = 0; x < 120; x++)
                image[x, y] = x < 60 ? new Rgba32(40, 90, (byte)(190 + random.Next(30))) : new Rgba32(60, (byte)(140 + random.Next(30)), 40);
        using var mask = new Image<L8>(120, 120);
        for (var y = 40; y < 80; y++)
            for (var x = 35; x < 85; x++)
            {
                mask[x, y] = new L8(255);
                image[x, y] = new Rgba32(250, 250, 250);
            }
        using var filled = new Inpainter().Inpaint(image, mask);
        var left = Pixels.Mean(filled, (x, y) => x is >= 38 and < 54 && y is >= 45 and < 75);
        var right = Pixels.Mean(filled, (x, y) => x is >= 66 and < 82 && y is >= 45 and < 75);
        Assert.True(left.B > left.G + 0.2, $"water side {left}");
        Assert.True(right.G > right.B + 0.2, $"grass side {right}");
    }

    [Fact]
    public void An_empty_mask_returns_the_image_unchanged()
    {
        using var image = Landscape(out var mask, out _);
        mask.Dispose();
        using var empty = new Image<L8>(image.Width, image.Height);
        using var filled = new Inpainter().Inpaint(image, empty);
        Assert.Equal(Pixels.Bytes(image), Pixels.Bytes(filled));
    }

    [Fact]
    public void A_hole_touching_the_frame_is_filled_from_the_inside()
    {
        using var image = Landscape(out var mask, out _);
        mask.Dispose();
        using var edge = new Image<L8>(image.Width, image.Height);
        for (var y = 70; y < 100; y++)
            for (var x = 0; x < 30; x++)
            {
                edge[x, y] = new L8(255);
                image[x, y] = new Rgba32(255, 0, 255);
            }
        using var filled = new Inpainter().Inpaint(image, edge);
        var fill = Pixels.Mean(filled, (x, y) => x < 30 && y is >= 70 and < 100);
        Assert.True(fill.G > fill.R && fill.G > fill.B, $"expected grass green, got {fill}");
    }

    private static void AssertClose((double R, double G, double B) want, (double R, double G, double B) got, double tolerance)
    {
        Assert.True(Math.Abs(want.R - got.R) < tolerance && Math.Abs(want.G - got.G) < tolerance && Math.Abs(want.B - got.B) < tolerance,
            $"expected about {want}, got {got}");
    }
}
