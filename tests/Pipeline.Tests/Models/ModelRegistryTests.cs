using System.Security.Cryptography;
using Easel.Pipeline.Models;

namespace Easel.Pipeline.Tests.Models;

public sealed class ModelRegistryTests
{
    private const string OnnxFile = "microast/microast.onnx";

    [Fact]
    public void Shipped_models_folder_configures_stylize_and_reserves_the_other_slots()
    {
        using var registry = ModelRegistry.Load(new ModelOptions(ModelOptions.DefaultFolder));
        var slot = registry.Slot(ModelSlotNames.Stylize);
        Assert.NotNull(slot);
        Assert.Equal(OnnxFile, slot.Config.File);
        Assert.Equal(["content", "style"], slot.Config.Inputs);
        Assert.Equal(["stylized"], slot.Config.Outputs);
        Assert.Equal(4, slot.Config.Preprocess!.SizeMultiple);
        Assert.Null(registry.Slot(ModelSlotNames.Inpaint));
        Assert.Null(registry.Slot(ModelSlotNames.Sketch));
        Assert.Null(registry.Slot(ModelSlotNames.Foreground));
        Assert.Equal(6, slot.Config.Styles!.Count);
        foreach (var reference in slot.Config.Styles.Values)
            Assert.NotEmpty(slot.ReadVerified(reference.File, reference.Sha256));
    }

    [Fact]
    public void Missing_model_file_names_the_slot_and_the_file()
    {
        using var models = new TempModelsFolder();
        File.Delete(Path.Combine(models.Path, OnnxFile));
        using var registry = ModelRegistry.Load(models.Options());
        var error = Assert.Throws<ModelSlotException>(() => registry.Slot(ModelSlotNames.Stylize)!.Session);
        AssertNames(error, "file not found");
    }

    [Fact]
    public void Hash_mismatch_names_the_slot_and_the_file()
    {
        using var models = new TempModelsFolder();
        var path = Path.Combine(models.Path, OnnxFile);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x5A; // one flipped byte in the weights: a corrupt download
        File.WriteAllBytes(path, bytes);
        using var registry = ModelRegistry.Load(models.Options());
        var error = Assert.Throws<ModelSlotException>(() => registry.Slot(ModelSlotNames.Stylize)!.Session);
        AssertNames(error, "sha256 mismatch");
    }

    [Fact]
    public void Corrupt_model_with_matching_hash_is_reported_as_not_loadable()
    {
        using var models = new TempModelsFolder();
        var garbage = "this is not an ONNX model"u8.ToArray();
        File.WriteAllBytes(Path.Combine(models.Path, OnnxFile), garbage);
        models.EditStylizeSlot(slot => slot["sha256"] = Convert.ToHexStringLower(SHA256.HashData(garbage)));
        using var registry = ModelRegistry.Load(models.Options());
        var error = Assert.Throws<ModelSlotException>(() => registry.Slot(ModelSlotNames.Stylize)!.Session);
        AssertNames(error, "not a loadable ONNX model");
    }

    [Fact]
    public void Wrong_input_name_names_the_slot_the_file_and_both_signatures()
    {
        using var models = new TempModelsFolder();
        models.EditStylizeSlot(slot => slot["inputs"] = new System.Text.Json.Nodes.JsonArray("image", "style"));
        using var registry = ModelRegistry.Load(models.Options());
        var error = Assert.Throws<ModelSlotException>(() => registry.Slot(ModelSlotNames.Stylize)!.Session);
        AssertNames(error, "input names differ");
        Assert.Contains("[image, style]", error.Message);
        Assert.Contains("content", error.Message);
    }

    [Fact]
    public void Failure_is_raised_again_on_later_use_rather_than_retried()
    {
        using var models = new TempModelsFolder();
        File.Delete(Path.Combine(models.Path, OnnxFile));
        using var registry = ModelRegistry.Load(models.Options());
        var slot = registry.Slot(ModelSlotNames.Stylize)!;
        var first = Assert.Throws<ModelSlotException>(() => slot.Session);
        var second = Assert.Throws<ModelSlotException>(() => slot.Session);
        Assert.Same(first, second);
    }

    [Fact]
    public void Unreadable_manifest_is_a_model_slot_error()
    {
        using var models = new TempModelsFolder();
        File.WriteAllText(models.ManifestPath, "{ \"slots\": ");
        var error = Assert.Throws<ModelSlotException>(() => ModelRegistry.Load(models.Options()));
        Assert.Equal(ModelsFile.FileName, error.File);
        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public void One_session_is_created_and_shared_by_concurrent_callers()
    {
        using var registry = ModelRegistry.Load(new ModelOptions(ModelOptions.DefaultFolder));
        var slot = registry.Slot(ModelSlotNames.Stylize)!;
        Assert.False(slot.IsOpen);
        var sessions = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(4).Select(_ => slot.Session.Session).ToList();
        Assert.All(sessions, s => Assert.Same(sessions[0], s));
        Assert.Same(sessions[0], slot.Session.Session);
        Assert.Equal(ExecutionProviders.CpuProviderName, slot.Session.Provider);
        Assert.Null(slot.Session.FallbackReason);
    }

    [Fact]
    public void CUDA_requested_without_CUDA_falls_back_to_CPU_and_says_why()
    {
        // This machine (and the CPU package the tests reference) has no CUDA provider.
        var logger = new RecordingLogger();
        using var registry = ModelRegistry.Load(new ModelOptions(ModelOptions.DefaultFolder, ExecutionProviders.Cuda), logger);
        var session = registry.Slot(ModelSlotNames.Stylize)!.Session;
        Assert.Equal(ExecutionProviders.CpuProviderName, session.Provider);
        Assert.False(string.IsNullOrWhiteSpace(session.FallbackReason));
        var warning = Assert.Single(logger.Warnings);
        Assert.Contains("CUDA", warning);
        Assert.Contains(session.FallbackReason!, warning);
        _ = registry.Slot(ModelSlotNames.Stylize)!.Session;
        Assert.Single(logger.Warnings); // one warning per process, not per use
    }

    [Fact]
    public void Unknown_execution_provider_is_refused() =>
        Assert.Throws<ArgumentException>(() => ModelRegistry.Load(new ModelOptions(ModelOptions.DefaultFolder, "tpu")));

    private static void AssertNames(ModelSlotException error, string problem)
    {
        Assert.Equal(ModelSlotNames.Stylize, error.Slot);
        Assert.Equal(OnnxFile, error.File);
        Assert.Contains("'stylize'", error.Message);
        Assert.Contains(OnnxFile, error.Message);
        Assert.Contains(problem, error.Message);
    }
}
