using DurableTask.AzureStorage;
using DurableTask.AzureStorage.Tracking;
using DurableTask.Core;
using Easel.Api;
using Easel.Pipeline.Orchestration;

namespace Easel.Cli.Serve;

/// <summary>
/// The API's client port over the Durable Task Framework's <see cref="TaskHubClient"/>, of whichever engine serve runs
/// now (serve starts a fresh one after a storage crash: <see cref="StorageWatch"/>).
/// </summary>
internal sealed class TaskHubGenerationClient(Func<DurableEngine> engine) : IGenerationClient
{
    private TaskHubClient Client => engine().Client;
    private AzureStorageOrchestrationService Service => engine().Service;
    private string TaskHub => engine().TaskHub;

    public Task StartAsync(string instanceId, PaintInput input, CancellationToken cancellationToken) =>
        Client.CreateOrchestrationInstanceAsync(ActivityNames.Orchestrator, "", instanceId, input).WaitAsync(cancellationToken);

    public async Task<GenerationInstance?> GetAsync(string instanceId, CancellationToken cancellationToken)
    {
        var state = await Client.GetOrchestrationStateAsync(instanceId).WaitAsync(cancellationToken);
        return state is null ? null : Map(state);
    }

    /// <summary>The Azure Storage backend's own instance query (the Instances table, as Durable Functions lists it).</summary>
    public async Task<InstancePage> ListAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        var condition = new OrchestrationInstanceStatusQueryCondition
        {
            CreatedTimeFrom = query.CreatedFrom?.UtcDateTime ?? default,
            CreatedTimeTo = query.CreatedTo?.UtcDateTime ?? default,
            RuntimeStatus = query.Statuses is { Count: > 0 } statuses ? statuses.Select(ToDtfx).ToList() : null,
            InstanceIdPrefix = query.InstanceIdPrefix,
            FetchInput = true,
            FetchOutput = true,
        };
        var result = await Service.GetOrchestrationStateAsync(condition, query.PageSize, query.ContinuationToken, cancellationToken);
        return new InstancePage([.. result.OrchestrationState.Select(Map)], string.IsNullOrEmpty(result.ContinuationToken) ? null : result.ContinuationToken);
    }

    private static GenerationInstance Map(OrchestrationState state) =>
        new(state.OrchestrationInstance.InstanceId, state.Name, Map(state.OrchestrationStatus),
            new DateTimeOffset(DateTime.SpecifyKind(state.CreatedTime, DateTimeKind.Utc)),
            new DateTimeOffset(DateTime.SpecifyKind(state.LastUpdatedTime, DateTimeKind.Utc)),
            state.Input, state.Output, state.Status, state.FailureDetails?.ErrorMessage);

    private static OrchestrationStatus ToDtfx(RuntimeStatus status) => status switch
    {
        RuntimeStatus.Running => OrchestrationStatus.Running,
        RuntimeStatus.Completed => OrchestrationStatus.Completed,
        RuntimeStatus.ContinuedAsNew => OrchestrationStatus.ContinuedAsNew,
        RuntimeStatus.Failed => OrchestrationStatus.Failed,
        RuntimeStatus.Canceled => OrchestrationStatus.Canceled,
        RuntimeStatus.Terminated => OrchestrationStatus.Terminated,
        RuntimeStatus.Suspended => OrchestrationStatus.Suspended,
        _ => OrchestrationStatus.Pending,
    };

    // No ExecutionId: events must reach the latest execution. With the first run's ExecutionId, events sent after
    // ContinueAsNew are discarded by DTFx ("No such instance").
    public Task RaiseEventAsync(string instanceId, string eventName, object? payload, CancellationToken cancellationToken) =>
        Client.RaiseEventAsync(new OrchestrationInstance { InstanceId = instanceId }, eventName, payload!).WaitAsync(cancellationToken);

    public Task TerminateAsync(string instanceId, string? reason, CancellationToken cancellationToken) =>
        Client.TerminateInstanceAsync(new OrchestrationInstance { InstanceId = instanceId }, reason ?? "Terminated by request.").WaitAsync(cancellationToken);

    public Task SuspendAsync(string instanceId, string? reason, CancellationToken cancellationToken) =>
        Client.SuspendInstanceAsync(new OrchestrationInstance { InstanceId = instanceId }, reason ?? "Suspended by request.").WaitAsync(cancellationToken);

    public Task ResumeAsync(string instanceId, string? reason, CancellationToken cancellationToken) =>
        Client.ResumeInstanceAsync(new OrchestrationInstance { InstanceId = instanceId }, reason ?? "Resumed by request.").WaitAsync(cancellationToken);

    public async Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken)
    {
        var result = await Service.PurgeInstanceHistoryAsync(instanceId).WaitAsync(cancellationToken);
        return result.InstancesDeleted > 0;
    }

    // serve's management routes carry no secret (they take the caller's own key and check ownership), so every caller gets them.
    public ManagementPayload CreateManagementPayload(string instanceId, Uri baseUri, Caller caller) =>
        ManagementPayload.For(instanceId, baseUri, $"taskHub={Uri.EscapeDataString(TaskHub)}&connection=Storage");

    private static RuntimeStatus Map(OrchestrationStatus status) => status switch
    {
        OrchestrationStatus.Running => RuntimeStatus.Running,
        OrchestrationStatus.Completed => RuntimeStatus.Completed,
        OrchestrationStatus.ContinuedAsNew => RuntimeStatus.ContinuedAsNew,
        OrchestrationStatus.Failed => RuntimeStatus.Failed,
        OrchestrationStatus.Canceled => RuntimeStatus.Canceled,
        OrchestrationStatus.Terminated => RuntimeStatus.Terminated,
        OrchestrationStatus.Pending => RuntimeStatus.Pending,
        OrchestrationStatus.Suspended => RuntimeStatus.Suspended,
        _ => RuntimeStatus.Unknown,
    };
}
