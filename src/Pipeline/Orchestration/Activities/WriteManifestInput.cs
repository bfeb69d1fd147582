using Easel.Pipeline.Manifest;

namespace Easel.Pipeline.Orchestration.Activities;

/// <param name="Revisions">The revisions that led to this one, oldest first, ending with it (embedded in target.png).</param>
/// <param name="Candidate">The candidate folder the manifest and target are in, null for the revision's own folder.</param>
public sealed record WriteManifestInput(string Prefix, GenerationManifest Manifest, IReadOnlyList<RevisionRecord> Revisions, int? Candidate = null);
