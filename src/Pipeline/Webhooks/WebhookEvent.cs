using Easel.Pipeline.Orchestration;

namespace Easel.Pipeline.Webhooks;

/// <summary>
/// The JSON body of a webhook: <c>revision.completed</c> when a revision's candidates are all painted (the generation
/// then waits for a comment), <c>generation.failed</c> when it failed. Paths are the API's, relative to the host.
/// </summary>
/// <param name="Type">revision.completed or generation.failed.</param>
/// <param name="Timestamp">When the orchestration reached this point (the delivery time is the webhook-timestamp header).</param>
public sealed record WebhookEvent(string Type, DateTime Timestamp, WebhookEventData Data)
{
    public const string RevisionCompleted = "revision.completed";
    public const string GenerationFailed = "generation.failed";
}

/// <param name="Id">The generation's id.</param>
/// <param name="Revision">The revision painted (or, when failed, the last one painted; null when none was).</param>
/// <param name="Candidates">How many candidates the revision painted.</param>
/// <param name="From">The painting the revision continued from.</param>
/// <param name="Status">The generation's status route: GET it for the artifacts' URLs.</param>
/// <param name="Error">Why it failed, for generation.failed.</param>
public sealed record WebhookEventData(string Id, int? Revision, int Candidates, RevisionSource? From, string? Style, string Status, string? Error = null);
