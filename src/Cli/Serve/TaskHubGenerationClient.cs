using DurableTask.AzureStorage;
using DurableTask.Core;
using Easel.Api;
using Easel.Pipeline.Orchestration;

namespace Easel.Cli.Serve;

/// <summary>The API's client port over the Durable Task Framework's <see cref="TaskHubClient"/>.</summary>
internal sealed class TaskHubGenerationClient(TaskHubClient client, AzureStorageOrchestrationService service, string taskHub) : IGenerationClient
{
    public Task StartAsync(string instanceId, PaintInput input, CancellationToken cancellationToken) =>
        client.CreateOrchestrationInstanceAsync(ActivityNames.Orchestrator, "", instanceId, input).WaitAsync(cancellationToken);

    public async Task<GenerationInstance?> GetAsync(string instanceId, CancellationToken cancellationToken)
    {
        var state = await client.GetOrchestrationStateAsync(instanceId).WaitAsync(cancellationToken);
        if (state is null) return null;
        return new GenerationInstance(
            instanceId, state.Name, Map(state.OrchestrationStatus),
            new DateTimeOffset(DateTime.SpecifyKind(state.CreatedTime, DateTimeKind.Utc)),
            new DateTimeOffset(DateTime.SpecifyKind(state.LastUpdatedTime, DateTimeKind.Utc)),
            state.Input, state.Output, state.Status, state.FailureDetails?.ErrorMessage);
    }

    // No ExecutionId: events must reach the latest execution. With the first run's ExecutionId, events sent after
    // ContinueAsNew are discarded by DTFx ("No such instance").
    public Task RaiseEventAsync(string instanceId, string eventName, object? payload, CancellationToken cancellationToken) =>
        client.RaiseEventAsync(new OrchestrationInstance { InstanceId = instanceId }, eventName, payload!).WaitAsync(cancellationToken);

    public Task TerminateAsync(string instanceId, string? reason, CancellationToken cancellationToken) =>
        client.TerminateInstanceAsync(new OrchestrationInstance { InstanceId = instanceId }, reason ?? "Terminated by request.").WaitAsync(cancellationToken);

    public Task SuspendAsync(string instanceId, string? reason, CancellationToken cancellationToken) =>
        client.SuspendInstanceAsync(new OrchestrationInstance { InstanceId = instanceId }, reason ?? "Suspended by request.").WaitAsync(cancellationToken);

    public Task ResumeAsync(string instanceId, string? reason, CancellationToken cancellationToken) =>
        client.ResumeInstanceAsync(new OrchestrationInstance { InstanceId = instanceId }, reason ?? "Resumed by request.").WaitAsync(cancellationToken);

    public async Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken)
    {
        var result = await service.PurgeInstanceHistoryAsync(instanceId).WaitAsync(cancellationToken);
        return result.InstancesDeleted > 0;
    }

    // serve's management routes carry no secret (they take the caller's own key and check ownership), so every caller gets them.
    public ManagementPayload CreateManagementPayload(string instanceId, Uri baseUri, Caller caller) =>
        ManagementPayload.For(instanceId, baseUri, $"taskHub={Uri.EscapeDataString(taskHub)}&connection=Storage");

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
