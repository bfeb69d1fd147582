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
    public async Task<PaintState> RunAsync(PaintRequest request, IReadOnlyList<string> revisions, Action<PaintStatus> onStatus, string instanceId = "generate")
    {
        var events = new ExternalEventQueue(
            revisions.Select(text => (RevisionEvent.Name, (object?)new RevisionEvent(text)))
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
