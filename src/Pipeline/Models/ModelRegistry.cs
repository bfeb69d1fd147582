using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Easel.Pipeline.Models;

/// <summary>
/// The models of a process, read from models.json: one <see cref="ModelSlot"/> per configured slot, each with one
/// lazily created, shared session. A slot that is null or absent keeps its stage on the built-in default.
/// </summary>
public sealed class ModelRegistry : IDisposable
{
    private readonly IReadOnlyDictionary<string, ModelSlot> slots;

    private ModelRegistry(ModelOptions options, IReadOnlyDictionary<string, ModelSlot> slots)
    {
        Options = options;
        this.slots = slots;
    }

    public ModelOptions Options { get; }

    /// <summary>True when the folder holds a models.json (the registry is worth loading).</summary>
    public static bool Exists(string folder) => File.Exists(Path.Combine(folder, ModelsFile.FileName));

    /// <summary>
    /// Reads models.json and checks its shape. The model files themselves are checked when a slot is first used,
    /// so a process that never stylizes neurally never pays for (or fails on) the model.
    /// </summary>
    public static ModelRegistry Load(ModelOptions options, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        if (!ExecutionProviders.IsKnown(options.ExecutionProvider))
            throw new ArgumentException($"execution provider '{options.ExecutionProvider}' is not one of cpu, cuda", nameof(options));
        var path = Path.Combine(options.Folder, ModelsFile.FileName);
        ModelsFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ModelsFile>(File.ReadAllBytes(path), JsonSerializerOptions.Web);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ModelSlotException("*", ModelsFile.FileName, $"not found at {path}", e);
        }
        catch (JsonException e)
        {
            throw new ModelSlotException("*", ModelsFile.FileName, $"not valid JSON: {e.Message}", e);
        }
        if (file?.Slots is null)
            throw new ModelSlotException("*", ModelsFile.FileName, "has no \"slots\" object");

        var loaded = new Dictionary<string, ModelSlot>();
        foreach (var (name, config) in file.Slots)
        {
            if (config is null)
                continue;
            if (string.IsNullOrWhiteSpace(config.File) || string.IsNullOrWhiteSpace(config.Sha256) || config.Inputs is null || config.Outputs is null)
                throw new ModelSlotException(name, config.File ?? ModelsFile.FileName, "models.json must give file, sha256, inputs and outputs");
            loaded[name] = new ModelSlot(name, options.Folder, config, options, logger);
        }
        return new ModelRegistry(options, loaded);
    }

    /// <summary>The slot, or null when models.json leaves it to the built-in default.</summary>
    public ModelSlot? Slot(string name) => slots.GetValueOrDefault(name);

    public void Dispose()
    {
        foreach (var slot in slots.Values)
            slot.Dispose();
    }
}
