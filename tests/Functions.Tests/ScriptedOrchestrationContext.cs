using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Easel.Functions.Tests;

/// <summary>An orchestration context that hands out an input and records the activity calls; none of them ever completes.</summary>
internal sealed class ScriptedOrchestrationContext(object input) : TaskOrchestrationContext
{
    public List<(string Name, object? Input)> Calls { get; } = [];
    public List<object?> Statuses { get; } = [];

    public override TaskName Name => new("Paint");
    public override string InstanceId => "scripted";
    public override ParentOrchestrationInstance? Parent => null;
    public override DateTime CurrentUtcDateTime => DateTime.UnixEpoch;
    public override bool IsReplaying => false;
    protected override ILoggerFactory LoggerFactory => NullLoggerFactory.Instance;

    public override T GetInput<T>() => (T)input;

    public override Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null)
    {
        Calls.Add((name.Name, input));
        return new TaskCompletionSource<TResult>().Task;
    }

    public override void SetCustomStatus(object? customStatus) => Statuses.Add(customStatus);

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) => throw new NotSupportedException();
    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public override void SendEvent(string instanceId, string eventName, object payload) => throw new NotSupportedException();
    public override Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null) => throw new NotSupportedException();
    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) => throw new NotSupportedException();
    public override Guid NewGuid() => throw new NotSupportedException();
}
