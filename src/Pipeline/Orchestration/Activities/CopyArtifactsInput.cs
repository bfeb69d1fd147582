namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Carries artifacts a revision did not change from the folder it continues from into its own.</summary>
/// <param name="FromCandidate">The candidate folder copied from (<c>r{K}/c{J}/</c>), null for the revision's own folder.</param>
/// <param name="ToCandidate">The candidate folder copied into, null for the revision's own folder.</param>
public sealed record CopyArtifactsInput(string Prefix, int FromRevision, int ToRevision, IReadOnlyList<string> Names,
    int? FromCandidate = null, int? ToCandidate = null);
