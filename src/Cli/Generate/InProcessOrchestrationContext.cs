using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Easel.Cli.Generate;

/// <summary>
/// The smallest <see cref="TaskOrchestrationContext"/> that runs the orchestrator in this process for `generate`:
/// activities are called directly (on the thread pool, so a fan-out runs in parallel), external events come from
/// a queue, and nothing is persisted or replayed. Inputs and outputs go through JSON exactly as they would in
/// Durable, so anything that would not survive a real host fails here too.
/// </summary>
sealed class InProcessOrchestrationContext(
    string instanceId,
    object input,
    IReadOnlyDictionary<string, ITaskActivity> activities,
    ExternalEventQueue events,
    TimeProvider time,
    Action<object?> onCustomStatus) : TaskOrchestrationContext
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;
    private readonly DateTime startedUtc = time.GetUtcNow().UtcDateTime;
    private int guids;

    public override TaskName Name => new(Pipeline.Orchestration.ActivityNames.Orchestrator);

    public override string InstanceId => instanceId;

    public override ParentOrchestrationInstance? Parent => null;

    public override DateTime CurrentUtcDateTime => startedUtc;

    public override bool IsReplaying => false;

    protected override ILoggerFactory LoggerFactory => NullLoggerFactory.Instance;

    /// <summary>The input passed to ContinueAsNew, once the orchestrator has called it.</summary>
    public object? ContinuedWith { get; private set; }

    public override T GetInput<T>() => (T)input;

    public override async Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null)
    {
        if (!activities.TryGetValue(name.Name, out var activity))
            throw new InvalidOperationException($"No activity is registered as '{name.Name}'.");
        var typedInput = input is null ? null : JsonSerializer.Deserialize(JsonSerializer.Serialize(input, Json), activity.InputType, Json);
        var output = await Task.Run(() => activity.RunAsync(new InProcessActivityContext(name, instanceId), typedInput));
        return JsonSerializer.Deserialize<TResult>(JsonSerializer.Serialize(output, activity.OutputType, Json), Json)!;
    }

    public override Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null) =>
        throw new NotSupportedException("Sub-orchestrations are not used by Easel.");

    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) => ContinuedWith = newInput;

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        var delay = fireAt - CurrentUtcDateTime;
        return Task.Delay(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, time, cancellationToken);
    }

    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default) =>
        events.WaitAsync<T>(eventName, cancellationToken);

    public override void SendEvent(string instanceId, string eventName, object payload) =>
        throw new NotSupportedException("Easel's orchestration sends no events.");

    public override void SetCustomStatus(object? customStatus) => onCustomStatus(customStatus);

    public override Guid NewGuid() => new(0, 0, 0, BitConverter.GetBytes((long)Interlocked.Increment(ref guids)));
}
