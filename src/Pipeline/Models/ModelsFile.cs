namespace Easel.Pipeline.Models;

/// <summary>models.json: the slots, each configured (a model) or null (the stage keeps its built-in default).</summary>
public sealed record ModelsFile(int Version, IReadOnlyDictionary<string, ModelSlotConfig?> Slots)
{
    public const string FileName = "models.json";
}
