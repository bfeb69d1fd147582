using Easel.Pipeline.Manifest;

namespace Easel.Pipeline.Orchestration.Activities;

/// <param name="Revisions">Every revision up to and including this one, oldest first (embedded in target.png).</param>
public sealed record WriteManifestInput(string Prefix, GenerationManifest Manifest, IReadOnlyList<RevisionRecord> Revisions);
