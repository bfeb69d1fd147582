namespace Easel.Pipeline.Orchestration;

/// <summary>Payload of the <c>Revision</c> external event: a user's comment on the latest painting.</summary>
public sealed record RevisionEvent(string Text)
{
    public const string Name = "Revision";

    /// <summary>Ends the conversation: the orchestration completes.</summary>
    public const string FinishName = "Finish";
}
