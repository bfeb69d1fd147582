using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Easel.Functions.Tests;

/// <summary>A DurableTaskClient that records what the functions ask of it and knows the instances it is told about.</summary>
internal sealed class FakeDurableClient() : DurableTaskClient("fake")
{
    public List<(TaskName Name, object? Input, StartOrchestrationOptions? Options)> Scheduled { get; } = [];
    public List<(string InstanceId, string EventName, object? Payload)> Raised { get; } = [];
    public Dictionary<string, OrchestrationMetadata> Instances { get; } = [];

    public override Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        Scheduled.Add((orchestratorName, input, options));
        return Task.FromResult(options?.InstanceId ?? "generated");
    }

    public override Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        Task.FromResult(Instances.GetValueOrDefault(instanceId));

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        Raised.Add((instanceId, eventName, eventPayload));
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public List<OrchestrationQuery> Queries { get; } = [];

    /// <summary>Durable's query over <see cref="Instances"/> in id order (as the Azure Storage backend pages), with the index as token.</summary>
    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null)
    {
        filter ??= new OrchestrationQuery();
        Queries.Add(filter);
        var matching = Instances.Values
            .Where(i => (filter.CreatedFrom is not { } from || i.CreatedAt >= from) && (filter.CreatedTo is not { } to || i.CreatedAt <= to))
            .Where(i => filter.Statuses is null || !filter.Statuses.Any() || filter.Statuses.Contains(i.RuntimeStatus))
            .OrderBy(i => i.InstanceId, StringComparer.Ordinal)
            .ToList();
        return Pageable.Create((string? token, int? size, CancellationToken _) =>
        {
            var start = token is null ? 0 : int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
            var take = size ?? filter.PageSize;
            var values = matching.Skip(start).Take(take).ToList();
            var next = start + take < matching.Count ? (start + take).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return Task.FromResult(new Page<OrchestrationMetadata>(values, next));
        });
    }

    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) => throw new NotSupportedException();

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) => throw new NotSupportedException();

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) => throw new NotSupportedException();

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) => throw new NotSupportedException();
}
