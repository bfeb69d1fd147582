using Easel.Pipeline.Background;
using Easel.Pipeline.Foreground;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Models;
using Easel.Pipeline.Sketch;
using Easel.Pipeline.Tests.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Models;

/// <summary>Every model slot runs a tiny model of its signature through the stage that uses it, and fails clearly when misconfigured.</summary>
public sealed class SlotModelTests
{
    [Fact]
    public void Sketch_slot_draws_the_models_edges_and_the_matte_outlines()
    {
        using var models = new TinySlotModels();
        using var registry = models.Load();
        var sketcher = new Sketcher(model: new SketchModel(registry.Slot(ModelSlotNames.Sketch)!));
        // A dark square on white paper (the model sees its edges), and a figure's matte elsewhere.
        using var image = new Image<Rgba32>(160, 120, new Rgba32(255, 255, 255));
        for (var y = 30; y < 90; y++) for (var x = 20; x < 80; x++) image[x, y] = new Rgba32(30, 30, 30);
        var mattes = new ElementMattes(160, 120);
        using var disc = TestAssets.Disc(30, new Rgba32(255, 255, 255));
        mattes.Add(Sprite(disc, 30), new Easel.Pipeline.Layout.Placement("goose", 0, 110, 40, 30, 30, false, 1));
        using var sketch = sketcher.Sketch(image, mattes);
        Assert.True(sketch[20, 60].PackedValue < 120, $"no line on the square's left edge ({sketch[20, 60].PackedValue})");
        Assert.True(sketch[50, 60].PackedValue > 240, "a line inside the flat square");
        Assert.True(sketch[5, 5].PackedValue > 240, "a line on empty paper");
        Assert.True(sketch[113, 55].PackedValue < 120, $"no matte outline ({sketch[113, 55].PackedValue})"); // the white disc's rim on white paper
        Assert.Equal(ExecutionProviders.CpuProviderName, registry.Slot(ModelSlotNames.Sketch)!.Session.Provider);
    }

    [Fact]
    public void Inpaint_slot_fills_only_the_hole()
    {
        using var models = new TinySlotModels();
        using var registry = models.Load();
        var inpainter = new Inpainter(new InpaintModel(registry.Slot(ModelSlotNames.Inpaint)!));
        // Red left half, blue right half, a black figure in the red half to remove.
        using var image = new Image<Rgba32>(128, 96);
        for (var y = 0; y < 96; y++) for (var x = 0; x < 128; x++) image[x, y] = x < 64 ? new Rgba32(200, 40, 40) : new Rgba32(40, 60, 200);
        using var mask = new Image<L8>(128, 96);
        for (var y = 40; y < 56; y++) for (var x = 20; x < 36; x++) { image[x, y] = new Rgba32(0, 0, 0); mask[x, y] = new L8(255); }
        using var filled = inpainter.Inpaint(image, mask);
        var centre = filled[28, 48];
        Assert.True(centre.R > 150 && centre.B < 90, $"the hole was not filled from its red surroundings: {centre}");
        Assert.Equal(image[100, 10], filled[100, 10]);
        Assert.Equal(image[5, 5], filled[5, 5]);
    }

    [Fact]
    public void Foreground_slot_draws_its_classes_and_leaves_the_rest_to_the_assets()
    {
        using var models = new TinySlotModels();
        using var registry = models.Load();
        using var assets = new TestAssets(("fox", new Rgba32(230, 120, 20)), ("dog", new Rgba32(10, 10, 10)));
        var renderer = new ForegroundRenderer(assets.Pack, new ForegroundModel(registry.Slot(ModelSlotNames.Foreground)!));
        using var dog = renderer.Render("dog", 48)!;   // class 1 of the tiny generator: a green disc
        Assert.Equal((48, 48), (dog.Width, dog.Height));
        var centre = dog[24, 24];
        Assert.True(centre.G > 150 && centre.R < 80 && centre.A > 250, $"dog centre {centre}");
        Assert.True(dog[1, 1].A < 10, "the corner should be transparent");
        using var fox = renderer.Render("fox", 48)!;   // not a class of the model: the asset
        Assert.True(fox[24, 24].R > 200 && fox[24, 24].G < 150, $"fox centre {fox[24, 24]}");
        using var again = renderer.Render("dog", 48)!;
        Assert.Equal(dog[24, 24], again[24, 24]);
    }

    [Theory]
    [InlineData(ModelSlotNames.Sketch)]
    [InlineData(ModelSlotNames.Inpaint)]
    [InlineData(ModelSlotNames.Foreground)]
    [InlineData(ModelSlotNames.Stylize)]
    public void Every_slot_opens_its_tiny_model_and_falls_back_from_cuda_to_cpu(string slot)
    {
        using var models = new TinySlotModels();
        var logger = new RecordingLogger();
        using var registry = models.Load(ExecutionProviders.Cuda, logger);
        var session = registry.Slot(slot)!.Session;
        Assert.Equal(ExecutionProviders.CpuProviderName, session.Provider);
        Assert.False(string.IsNullOrWhiteSpace(session.FallbackReason));
        Assert.Contains(slot, Assert.Single(logger.Warnings));
        Assert.Equal(session.Provider, registry.Slot(slot)!.Provenance()["executionProvider"]);
    }

    [Theory]
    [InlineData(ModelSlotNames.Sketch, "stylize.onnx", new[] { "content", "style" }, new[] { "stylized" }, "wrong signature")]
    [InlineData(ModelSlotNames.Inpaint, "sketch.onnx", new[] { "image" }, new[] { "edges" }, "wrong signature")]
    [InlineData(ModelSlotNames.Foreground, "inpaint.onnx", new[] { "image", "mask" }, new[] { "inpainted" }, "wrong signature")]
    [InlineData(ModelSlotNames.Sketch, "sketch.onnx", new[] { "picture" }, new[] { "edges" }, "input names differ")]
    public void A_model_of_the_wrong_signature_is_refused_with_the_slots_message(string slot, string file, string[] inputs, string[] outputs, string problem)
    {
        using var models = new TinySlotModels();
        var entry = models.Slots[slot]!.AsObject();
        entry["file"] = file;
        entry["sha256"] = models.Sha256(file);
        entry["inputs"] = new System.Text.Json.Nodes.JsonArray([.. inputs.Select(n => System.Text.Json.Nodes.JsonValue.Create(n))]);
        entry["outputs"] = new System.Text.Json.Nodes.JsonArray([.. outputs.Select(n => System.Text.Json.Nodes.JsonValue.Create(n))]);
        models.Save();
        using var registry = models.Load();
        var error = Assert.Throws<ModelSlotException>(() => registry.Slot(slot)!.Session);
        Assert.Equal(slot, error.Slot);
        Assert.Contains(problem, error.Message);
        Assert.Contains(file, error.Message);
    }

    [Theory]
    [InlineData(ModelSlotNames.Sketch)]
    [InlineData(ModelSlotNames.Inpaint)]
    [InlineData(ModelSlotNames.Foreground)]
    public void Missing_file_and_hash_mismatch_name_the_slot(string slot)
    {
        using var models = new TinySlotModels();
        var file = (string)models.Slots[slot]!["file"]!;
        var path = Path.Combine(models.Path, file);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
        using (var registry = models.Load())
        {
            var error = Assert.Throws<ModelSlotException>(() => registry.Slot(slot)!.Session);
            Assert.Equal(slot, error.Slot);
            Assert.Contains("sha256 mismatch", error.Message);
        }
        File.Delete(path);
        using (var registry = models.Load())
        {
            var error = Assert.Throws<ModelSlotException>(() => registry.Slot(slot)!.Session);
            Assert.Contains("file not found", error.Message);
            Assert.Contains(file, error.Message);
        }
    }

    private static Easel.Pipeline.Imaging.SpriteBitmap Sprite(Image<Rgba32> image, int size) =>
        Easel.Pipeline.Imaging.SpriteBitmap.From(image, size, size, false);
}
