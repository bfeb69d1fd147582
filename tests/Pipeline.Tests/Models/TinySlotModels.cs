using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Easel.Pipeline.Models;

namespace Easel.Pipeline.Tests.Models;

/// <summary>
/// A models folder whose four slots hold the tiny models of tools/SlotModels/export_tiny.py (tests/Pipeline.Tests/
/// Models/Tiny, a few KB each): the real loading, hashing, signature check and inference path of every slot.
/// </summary>
internal sealed class TinySlotModels : IDisposable
{
    public static readonly string[] Labels = ["goose", "dog", "horse", "cat"];

    public TinySlotModels()
    {
        Path = Directory.CreateTempSubdirectory("easel-tiny-models-").FullName;
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, "Models", "Tiny");
        foreach (var file in Directory.GetFiles(source, "*.onnx"))
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        var image = new JsonObject { ["layout"] = "NCHW", ["channels"] = "RGB", ["scale"] = 1 / 255.0, ["mean"] = new JsonArray(0, 0, 0), ["std"] = new JsonArray(1, 1, 1), ["sizeMultiple"] = 8, ["contentMaxSide"] = 128 };
        var unit = new JsonObject { ["range"] = new JsonArray(0, 1), ["scale"] = 255 };
        Slots = new JsonObject
        {
            [ModelSlotNames.Sketch] = Slot("sketch.onnx", ["image"], ["edges"], image, unit),
            [ModelSlotNames.Inpaint] = Slot("inpaint.onnx", ["image", "mask"], ["inpainted"], image, unit),
            [ModelSlotNames.Foreground] = Slot("foreground.onnx", ["class_index", "noise"], ["rgba"], null, unit, new JsonArray([.. Labels.Select(l => JsonValue.Create(l))])),
            [ModelSlotNames.Stylize] = Slot("stylize.onnx", ["content", "style"], ["stylized"], image, unit),
        };
        Save();
    }

    public string Path { get; }

    public JsonObject Slots { get; }

    public void Save() => File.WriteAllText(System.IO.Path.Combine(Path, ModelsFile.FileName), new JsonObject { ["version"] = 1, ["slots"] = Slots.DeepClone() }.ToJsonString());

    public ModelRegistry Load(string provider = ExecutionProviders.Cpu, Microsoft.Extensions.Logging.ILogger? logger = null) =>
        ModelRegistry.Load(new ModelOptions(Path, provider), logger);

    public string Sha256(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(System.IO.Path.Combine(Path, file))));

    private JsonObject Slot(string file, string[] inputs, string[] outputs, JsonObject? pre, JsonObject post, JsonArray? labels = null)
    {
        var slot = new JsonObject
        {
            ["model"] = "tiny-" + System.IO.Path.GetFileNameWithoutExtension(file),
            ["file"] = file,
            ["sha256"] = Sha256(file),
            ["inputs"] = new JsonArray([.. inputs.Select(n => JsonValue.Create(n))]),
            ["outputs"] = new JsonArray([.. outputs.Select(n => JsonValue.Create(n))]),
            ["preprocess"] = pre?.DeepClone(),
            ["postprocess"] = post.DeepClone(),
        };
        if (labels is not null) slot["labels"] = labels;
        return slot;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
