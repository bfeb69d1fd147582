using Easel.Pipeline.Orchestration;
using Microsoft.DurableTask;

namespace Easel.Cli.Generate;

/// <summary>
/// Runs <see cref="PaintOrchestrator"/> to completion in this process: revision 0, then each comment as a
/// <c>Revision</c> event, then <c>Finish</c>. Each ContinueAsNew starts a fresh execution with the new input.
/// </summary>
public sealed class InProcessPaintRunner(IReadOnlyDictionary<string, ITaskActivity> activities, TimeProvider time)
{
    /// <param name="onStatus">Called with each custom status the orchestrator sets (progress).</param>
    /// <param name="candidates">How many candidates each revision paints (revision 0's come from the request).</param>
    public Task<PaintState> RunAsync(PaintRequest request, IReadOnlyList<string> revisions, Action<PaintStatus> onStatus, string instanceId = "generate",
        int candidates = 1) =>
        RunConversationAsync(request, [.. revisions.Select(text => new RevisionEvent(text, candidates > 1 ? candidates : null))], onStatus, instanceId);

    /// <param name="revisions">The comments, each with its number of candidates and the painting it continues from.</param>
    public async Task<PaintState> RunConversationAsync(PaintRequest request, IReadOnlyList<RevisionEvent> revisions, Action<PaintStatus> onStatus, string instanceId = "generate")
    {
        var events = new ExternalEventQueue(
            revisions.Select(revision => (RevisionEvent.Name, (object?)revision))
                .Append((RevisionEvent.FinishName, null)));
        object input = new PaintInput(request);
        while (true)
        {
            var context = new InProcessOrchestrationContext(instanceId, input, activities, events, time,
                status => { if (status is PaintStatus paint) onStatus(paint); });
            var state = await new PaintOrchestrator().RunAsync(context, (PaintInput)input);
            if (context.ContinuedWith is null) return state;
            input = context.ContinuedWith;
            events.NextExecution();
        }
    }
}
