namespace Easel.Pipeline.Artifacts;

public sealed class ArtifactNotFoundException(string key) : Exception($"No artifact '{key}'.")
{
    public string Key { get; } = key;
}
