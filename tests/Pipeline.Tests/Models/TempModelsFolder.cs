using System.Text.Json.Nodes;
using Easel.Pipeline.Models;

namespace Easel.Pipeline.Tests.Models;

/// <summary>A private copy of the shipped models/ folder that a test may break (edit models.json, replace files).</summary>
internal sealed class TempModelsFolder : IDisposable
{
    public TempModelsFolder()
    {
        Path = Directory.CreateTempSubdirectory("easel-models-").FullName;
        foreach (var file in Directory.GetFiles(ModelOptions.DefaultFolder, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(ModelOptions.DefaultFolder, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; }

    public string ManifestPath => System.IO.Path.Combine(Path, ModelsFile.FileName);

    /// <summary>Edits the stylize slot of models.json.</summary>
    public void EditStylizeSlot(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(File.ReadAllText(ManifestPath))!.AsObject();
        edit(root["slots"]!["stylize"]!.AsObject());
        File.WriteAllText(ManifestPath, root.ToJsonString());
    }

    public ModelOptions Options(string provider = ExecutionProviders.Cpu) => new(Path, provider);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
