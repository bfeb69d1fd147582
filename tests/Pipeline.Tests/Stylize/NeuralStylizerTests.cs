using Easel.Pipeline.Models;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;
using Easel.Pipeline.Tests.Golden;
using Easel.Pipeline.Stylize;
using Microsoft.ML.OnnxRuntime;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Easel.Pipeline.Tests.Stylize;

public sealed class NeuralStylizerTests : IDisposable
{
    private readonly ModelRegistry registry = ModelRegistry.Load(new ModelOptions(ModelOptions.DefaultFolder));

    private ModelSlot Slot => registry.Slot(ModelSlotNames.Stylize)!;

    public void Dispose() => registry.Dispose();

    [Fact]
    public void Model_output_on_a_fixed_input_matches_the_reference()
    {
        // The bare model, no preparation: guards the ONNX file, the runtime and the tensor layout together.
        using var contentImage = TestScene.Merged(64);
        using var styleImage = TestScene.Style(64);
        var content = Tensor(contentImage);
        var style = Tensor(styleImage);
        using var contentValue = OrtValue.CreateTensorValueFromMemory(content, [1, 3, 64, 64]);
        using var styleValue = OrtValue.CreateTensorValueFromMemory(style, [1, 3, 64, 64]);
        using var outputs = Slot.Session.Session.Run(new RunOptions(), ["content", "style"], [contentValue, styleValue], ["stylized"]);
        Assert.Equal([1L, 3, 64, 64], outputs[0].GetTensorTypeAndShape().Shape);
        var data = outputs[0].GetTensorDataAsSpan<float>().ToArray();
        using var output = new Image<Rgba32>(64, 64);
        for (var y = 0; y < 64; y++)
            for (var x = 0; x < 64; x++)
            {
                var i = y * 64 + x;
                output[x, y] = new Rgba32(data[i], data[4096 + i], data[8192 + i]);
            }
        ReferenceImages.AssertMatches(output, "microast-64.png", new GoldenTolerance(0.5, 4));
        // And it did restyle: the output is not the content.
        Assert.True(ReferenceImages.Difference(output, contentImage).Mean > 10);
    }

    [Fact]
    public void Stylized_scene_matches_the_reference()
    {
        using var target = Stylize(StyleNames.Impressionism);
        ReferenceImages.AssertMatches(target, "neural-impressionism-96.png", new GoldenTolerance(0.5, 6));
    }

    [Fact]
    public void Returns_an_opaque_image_of_the_requested_size_for_any_size()
    {
        // 90x70 is not a multiple of the model's stride (4): the stylizer must still return 90x70.
        using var merged = TestScene.Merged(90);
        using var sketch = TestScene.Sketch(90);
        using var wide = merged.Clone(c => c.Resize(90, 70));
        using var wideSketch = sketch.Clone(c => c.Resize(90, 70));
        using var target = new NeuralStylizer(Slot).Stylize(new StylizeRequest(wide, wideSketch, StyleNames.UkiyoE, Tone.Neutral, 1));
        Assert.Equal(new Size(90, 70), target.Size());
        Assert.True(target[45, 35].A == 255 && target[0, 0].A == 255);
    }

    [Fact]
    public void Same_seed_gives_identical_pixels_and_the_style_changes_the_picture()
    {
        using var first = Stylize(StyleNames.ChineseInk);
        using var again = Stylize(StyleNames.ChineseInk);
        using var other = Stylize(StyleNames.Impressionism);
        using var content = TestScene.Merged(96);
        Assert.Equal((0.0, 0), ReferenceImages.Difference(first, again));
        Assert.True(ReferenceImages.Difference(first, other).Mean > 8, "two styles should look different");
        Assert.True(ReferenceImages.Difference(first, content).Mean > 8, "the stylized picture should differ from the content");
    }

    [Fact]
    public void Strength_zero_keeps_the_content_and_strength_blends()
    {
        using var content = TestScene.Merged(96);
        using var none = Stylize(StyleNames.Romanticism, strength: 0);
        using var half = Stylize(StyleNames.Romanticism, strength: 0.5);
        using var full = Stylize(StyleNames.Romanticism, strength: 1);
        Assert.True(ReferenceImages.Difference(none, content).Max <= 1);
        var halfway = ReferenceImages.Difference(half, content).Mean;
        var fullway = ReferenceImages.Difference(full, content).Mean;
        Assert.InRange(halfway, fullway * 0.35, fullway * 0.65);
    }

    [Fact]
    public void Darker_tone_lowers_mean_luminance_and_warmer_raises_red_over_blue()
    {
        using var neutral = Stylize(StyleNames.Realism);
        using var darker = Stylize(StyleNames.Realism, tone: new Tone(-0.35, 0));
        using var warmer = Stylize(StyleNames.Realism, tone: new Tone(0, 0.5));
        Assert.True(Luma.Mean(darker) < 0.85 * Luma.Mean(neutral));
        Assert.True(RedMinusBlue(warmer) > RedMinusBlue(neutral) + 5);
    }

    [Fact]
    public void Style_without_reference_uses_the_style_source_or_is_refused()
    {
        Assert.False(new NeuralStylizer(Slot).HasStyle(StyleNames.Watercolor));
        var withSource = new NeuralStylizer(Slot, new FixedStylizer());
        Assert.True(withSource.HasStyle(StyleNames.Watercolor));
        using var merged = TestScene.Merged(64);
        using var sketch = TestScene.Sketch(64);
        var request = new StylizeRequest(merged, sketch, StyleNames.Watercolor, Tone.Neutral, 1);
        using var target = withSource.Stylize(request);
        Assert.Equal(new Size(64, 64), target.Size());
        Assert.Equal("fixed rendering of the scene", withSource.Describe(request)["styleReference"]);
        Assert.Throws<ArgumentException>(() => new NeuralStylizer(Slot).Stylize(request));
    }

    [Fact]
    public void Describe_names_model_hash_reference_and_provider()
    {
        var stylizer = new NeuralStylizer(Slot);
        using var merged = TestScene.Merged(64);
        using var sketch = TestScene.Sketch(64);
        var request = new StylizeRequest(merged, sketch, StyleNames.Pointillism, Tone.Neutral, 1, Strength: 0.6);
        using var _ = stylizer.Stylize(request);
        var details = stylizer.Describe(request);
        Assert.Equal("microast/microast.onnx", details["modelFile"]);
        Assert.Equal(Slot.Config.Sha256, details["modelSha256"]);
        Assert.Equal("styles/pointillism-seurat-grande-jatte.jpg", details["styleReference"]);
        Assert.Equal(ExecutionProviders.CpuProviderName, details["executionProvider"]);
        Assert.Equal("0.6", details["strength"]);
    }

    private Image<Rgba32> Stylize(string style, double? strength = null, Tone? tone = null)
    {
        using var merged = TestScene.Merged(96);
        using var sketch = TestScene.Sketch(96);
        return new NeuralStylizer(Slot).Stylize(new StylizeRequest(merged, sketch, style, tone ?? Tone.Neutral, 7, strength));
    }

    private static double RedMinusBlue(Image<Rgba32> image)
    {
        double sum = 0;
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                sum += image[x, y].R - image[x, y].B;
        return sum / (image.Width * image.Height);
    }

    private static float[] Tensor(Image<Rgba32> image)
    {
        var n = image.Width * image.Height;
        var data = new float[3 * n];
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
            {
                var i = y * image.Width + x;
                data[i] = image[x, y].R / 255f;
                data[n + i] = image[x, y].G / 255f;
                data[2 * n + i] = image[x, y].B / 255f;
            }
        return data;
    }

    /// <summary>A stand-in style source: a fixed textured picture, whatever the request.</summary>
    private sealed class FixedStylizer : IStylizer
    {
        public string Kind => "fixed";

        public Image<Rgba32> Stylize(StylizeRequest request) => TestScene.Style(request.Merged.Width);
    }
}
