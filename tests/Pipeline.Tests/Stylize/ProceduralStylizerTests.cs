using Easel.Pipeline.Scene;
using Easel.Pipeline.Sketch;
using Easel.Pipeline.Style;
using Easel.Pipeline.Stylize;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Stylize;

public sealed class ProceduralStylizerTests : IClassFixture<ProceduralStylizerTests.Renders>
{
    private const int Size = 192;
    private readonly Renders _renders;

    public ProceduralStylizerTests(Renders renders) => _renders = renders;

    /// <summary>The seascape, its sketch, and every style rendered once (shared by the tests).</summary>
    public sealed class Renders : IDisposable
    {
        public Renders()
        {
            Merged = SyntheticScene.Seascape(Size);
            Sketch = new Sketcher().Sketch(Merged);
            foreach (var style in StyleNames.All) ByStyle[style] = Stylizer.Stylize(Request(style, Tone.Neutral));
        }

        public ProceduralStylizer Stylizer { get; } = new();
        public Image<Rgba32> Merged { get; }
        public Image<L8> Sketch { get; }
        public Dictionary<string, Image<Rgba32>> ByStyle { get; } = [];

        public StylizeRequest Request(string style, Tone tone, int seed = 7) => new(Merged, Sketch, style, tone, seed);

        public void Dispose()
        {
            Merged.Dispose();
            Sketch.Dispose();
            foreach (var image in ByStyle.Values) image.Dispose();
        }
    }

    public static TheoryData<string> Styles() => new(StyleNames.All);

    [Fact]
    public void Has_a_renderer_for_every_style()
    {
        Assert.Equal(StyleNames.All.OrderBy(s => s), _renders.Stylizer.Styles.OrderBy(s => s));
    }

    [Fact]
    public void Every_style_differs_from_every_other()
    {
        var styles = StyleNames.All;
        for (var a = 0; a < styles.Count; a++)
        {
            for (var b = a + 1; b < styles.Count; b++)
            {
                var difference = ImageStats.MeanAbsDifference(_renders.ByStyle[styles[a]], _renders.ByStyle[styles[b]]);
                Assert.True(difference > 0.04, $"{styles[a]} vs {styles[b]}: mean abs difference {difference:F3}");
            }
        }
    }

    [Fact]
    public void Every_style_differs_from_the_merged_image()
    {
        foreach (var (style, image) in _renders.ByStyle)
        {
            var difference = ImageStats.MeanAbsDifference(image, _renders.Merged);
            Assert.True(difference > 0.02, $"{style}: {difference:F3}");
        }
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Same_request_gives_identical_pixels(string style)
    {
        using var again = _renders.Stylizer.Stylize(_renders.Request(style, Tone.Neutral));
        Assert.Equal(0, ImageStats.MeanAbsDifference(again, _renders.ByStyle[style]));
        Assert.True(Pixels(again).AsSpan().SequenceEqual(Pixels(_renders.ByStyle[style])));
    }

    [Theory]
    [InlineData("impressionism")]
    [InlineData("pointillism")]
    public void Another_seed_paints_other_marks(string style)
    {
        using var other = _renders.Stylizer.Stylize(_renders.Request(style, Tone.Neutral, seed: 8));
        Assert.True(ImageStats.MeanAbsDifference(other, _renders.ByStyle[style]) > 0.01);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Darker_and_lighter_move_mean_luminance_and_keep_the_composition(string style)
    {
        var neutral = _renders.ByStyle[style];
        var baseLuma = Luma.Mean(neutral);
        using var darker = _renders.Stylizer.Stylize(_renders.Request(style, new Tone(-0.35, 0)));
        using var lighter = _renders.Stylizer.Stylize(_renders.Request(style, new Tone(0.35, 0)));
        var dark = Luma.Mean(darker);
        var light = Luma.Mean(lighter);
        Assert.True(dark <= baseLuma * 0.85, $"{style}: darker {dark:F3} vs {baseLuma:F3}");
        Assert.True(light >= baseLuma * 1.10, $"{style}: lighter {light:F3} vs {baseLuma:F3}");
        // Same strokes: the graded picture still follows the original pixel by pixel.
        Assert.True(Correlation(neutral, darker) > 0.95, $"{style}: darker lost the composition");
        Assert.True(Correlation(neutral, lighter) > 0.95, $"{style}: lighter lost the composition");
    }

    [Fact]
    public void Warmer_shifts_towards_orange_and_cooler_towards_blue()
    {
        var neutral = ImageStats.Planes(_renders.ByStyle[StyleNames.Realism]);
        using var warmer = _renders.Stylizer.Stylize(_renders.Request(StyleNames.Realism, new Tone(0, 0.35)));
        using var cooler = _renders.Stylizer.Stylize(_renders.Request(StyleNames.Realism, new Tone(0, -0.35)));
        static double RedMinusBlue(Easel.Pipeline.Imaging.RgbPlanes p) => p.R.Average() - p.B.Average();
        var baseline = RedMinusBlue(neutral);
        Assert.True(RedMinusBlue(ImageStats.Planes(warmer)) > baseline + 0.05);
        Assert.True(RedMinusBlue(ImageStats.Planes(cooler)) < baseline - 0.05);
    }

    [Fact]
    public void Ukiyo_e_is_printed_in_few_flat_colours()
    {
        var ukiyoE = ImageStats.ColoursCovering(_renders.ByStyle[StyleNames.UkiyoE], 0.9);
        var realism = ImageStats.ColoursCovering(_renders.ByStyle[StyleNames.Realism], 0.9);
        Assert.True(ukiyoE <= 24, $"ukiyo-e needs {ukiyoE} colours for 90% of the print");
        Assert.True(ukiyoE * 1.8 < realism, $"ukiyo-e {ukiyoE} vs realism {realism}");
    }

    [Fact]
    public void Chinese_ink_is_nearly_monochrome()
    {
        // Only the small red seal may carry colour.
        var coloured = ImageStats.SaturatedFraction(_renders.ByStyle[StyleNames.ChineseInk], 0.2f);
        Assert.True(coloured < 0.02, $"{coloured:P1} coloured pixels");
        Assert.True(ImageStats.SaturatedFraction(_renders.ByStyle[StyleNames.Fauvism], 0.2f) > 0.5);
    }

    [Fact]
    public void Chinese_ink_leaves_much_paper_empty()
    {
        var planes = ImageStats.Planes(_renders.ByStyle[StyleNames.ChineseInk]);
        var paper = planes.Luma().Data.Count(l => l > 0.8f) / (double)planes.R.Length;
        Assert.True(paper > 0.4, $"{paper:P0} paper");
    }

    [Theory]
    [InlineData("impressionism")]
    [InlineData("pointillism")]
    [InlineData("fauvism")]
    public void Stroke_and_dot_styles_show_their_marks(string style)
    {
        var marks = ImageStats.LocalVariation(_renders.ByStyle[style]);
        var merged = ImageStats.LocalVariation(_renders.Merged);
        var watercolor = ImageStats.LocalVariation(_renders.ByStyle[StyleNames.Watercolor]);
        Assert.True(marks > merged * 1.8, $"{style} {marks:F4} vs merged {merged:F4}");
        Assert.True(marks > watercolor * 1.5, $"{style} {marks:F4} vs watercolor {watercolor:F4}");
    }

    [Fact]
    public void Fauvism_is_more_saturated_than_realism()
    {
        Assert.True(ImageStats.SaturatedFraction(_renders.ByStyle[StyleNames.Fauvism], 0.6f) >
                    2 * ImageStats.SaturatedFraction(_renders.ByStyle[StyleNames.Realism], 0.6f));
    }

    [Fact]
    public void Realism_keeps_the_colour_layout()
    {
        Assert.True(ImageStats.MeanAbsDifference(_renders.ByStyle[StyleNames.Realism], _renders.Merged) < 0.08);
    }

    [Fact]
    public void Unknown_style_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => _renders.Stylizer.Stylize(_renders.Request("cubism-deluxe", Tone.Neutral)));
    }

    [Fact]
    public void Output_has_the_size_of_the_merged_image()
    {
        using var merged = SyntheticScene.Seascape(150);
        using var wide = new Image<Rgba32>(150, 90);
        using var sketch = new Sketcher().Sketch(wide);
        using var image = _renders.Stylizer.Stylize(new StylizeRequest(wide, sketch, StyleNames.Abstract, Tone.Neutral, 1));
        Assert.Equal((150, 90), (image.Width, image.Height));
    }

    private static Rgba32[] Pixels(Image<Rgba32> image)
    {
        var pixels = new Rgba32[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        return pixels;
    }

    private static double Correlation(Image<Rgba32> a, Image<Rgba32> b)
    {
        var x = ImageStats.Planes(a).Luma().Data;
        var y = ImageStats.Planes(b).Luma().Data;
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }
}
