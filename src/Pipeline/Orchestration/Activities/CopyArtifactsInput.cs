namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Carries artifacts a revision did not change from the previous revision's folder into its own.</summary>
public sealed record CopyArtifactsInput(string Prefix, int FromRevision, int ToRevision, IReadOnlyList<string> Names);
