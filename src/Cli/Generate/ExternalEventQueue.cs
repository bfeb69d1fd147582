using System.Text.Json;

namespace Easel.Cli.Generate;

/// <summary>
/// The events `generate` delivers (one `Revision` per --revise, then `Finish`), strictly in order: a wait is
/// answered only by the event at the head of the queue, and at most one event per orchestrator execution, the
/// way a user answers one painting at a time.
/// </summary>
sealed class ExternalEventQueue(IEnumerable<(string Name, object? Payload)> events)
{
    private readonly Queue<(string Name, object? Payload)> pending = new(events);
    private bool deliveredThisExecution;

    /// <summary>Called when the orchestrator starts a new execution (ContinueAsNew).</summary>
    public void NextExecution() => deliveredThisExecution = false;

    public Task<T> WaitAsync<T>(string name, CancellationToken cancellationToken)
    {
        if (!deliveredThisExecution && pending.TryPeek(out var head) && head.Name == name)
        {
            pending.Dequeue();
            deliveredThisExecution = true;
            var json = JsonSerializer.Serialize(head.Payload, JsonSerializerOptions.Web);
            return Task.FromResult(JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web)!);
        }
        // Not this one's turn: it waits until the orchestrator cancels it (another event or the timer won).
        var never = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        cancellationToken.Register(() => never.TrySetCanceled(cancellationToken));
        return never.Task;
    }
}
