using Easel.Pipeline.Manifest;

namespace Easel.Pipeline.Orchestration.Activities;

public sealed record WriteManifestInput(string Prefix, GenerationManifest Manifest);
