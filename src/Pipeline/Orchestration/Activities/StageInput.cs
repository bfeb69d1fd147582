using Easel.Pipeline.Artifacts;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Names the revision folder a stage reads from and writes to.</summary>
/// <param name="Candidate">The candidate folder inside the revision (<c>r{K}/c{J}/</c>) when the revision paints
/// several candidates and this is not the one kept in the revision's own folder; null for that one.</param>
public sealed record StageInput(string Prefix, int Revision, int Seed, int? Candidate = null)
{
    /// <summary>The artifact's key in this stage's folder.</summary>
    public string Key(string artifact) => ArtifactKeys.For(Prefix, Revision, Candidate, artifact);
}
