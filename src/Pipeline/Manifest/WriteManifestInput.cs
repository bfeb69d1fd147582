namespace Easel.Pipeline.Manifest;

public sealed record WriteManifestInput(string Prefix, GenerationManifest Manifest);
