namespace Easel.Pipeline.Orchestration;

/// <summary>Payload of the <c>Revision</c> external event: a user's comment on a painting.</summary>
/// <param name="Candidates">How many candidates (variations) to paint, 1..<see cref="PaintRequestValidator.MaxCandidates"/>; null paints one.</param>
/// <param name="From">The painting the comment is about; null for candidate 0 of the latest revision.</param>
public sealed record RevisionEvent(string Text, int? Candidates = null, RevisionSource? From = null)
{
    public const string Name = "Revision";

    /// <summary>Ends the conversation: the orchestration completes.</summary>
    public const string FinishName = "Finish";
}
