namespace Easel.Pipeline.Orchestration;

/// <summary>
/// Which painting a revision continues from: candidate <paramref name="Candidate"/> of revision
/// <paramref name="Revision"/> ("go back to the second one and make it warmer"). Without one, a revision continues
/// from candidate 0 of the latest revision.
/// </summary>
public sealed record RevisionSource(int Revision, int Candidate = 0);
