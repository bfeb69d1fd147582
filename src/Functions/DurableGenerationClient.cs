using Easel.Api;
using Easel.Pipeline.Orchestration;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Easel.Functions;

/// <summary>The API's client port over Durable's <see cref="DurableTaskClient"/> (the <c>[DurableClient]</c> binding).</summary>
internal sealed class DurableGenerationClient(DurableTaskClient client) : IGenerationClient
{
    public Task StartAsync(string instanceId, PaintInput input, CancellationToken cancellationToken) =>
        client.ScheduleNewOrchestrationInstanceAsync(new TaskName(ActivityNames.Orchestrator), input, new StartOrchestrationOptions(instanceId), cancellationToken);

    public async Task<GenerationInstance?> GetAsync(string instanceId, CancellationToken cancellationToken)
    {
        var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        return metadata is null ? null : Map(metadata);
    }

    /// <summary>Durable's own instance query: <c>GetAllInstancesAsync</c> with an <see cref="OrchestrationQuery"/>, one page.</summary>
    public async Task<InstancePage> ListAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        var filter = new OrchestrationQuery
        {
            CreatedFrom = query.CreatedFrom,
            CreatedTo = query.CreatedTo,
            Statuses = query.Statuses is { Count: > 0 } statuses ? statuses.Select(ToDurable).ToList() : null,
            PageSize = query.PageSize,
            ContinuationToken = query.ContinuationToken,
            InstanceIdPrefix = query.InstanceIdPrefix,
            FetchInputsAndOutputs = true,
        };
        await foreach (var page in client.GetAllInstancesAsync(filter).AsPages(query.ContinuationToken, query.PageSize).WithCancellation(cancellationToken))
            return new InstancePage([.. page.Values.Select(Map)], string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken);
        return new InstancePage([], null);
    }

    private static GenerationInstance Map(OrchestrationMetadata metadata) =>
        new(metadata.InstanceId, metadata.Name, Map(metadata.RuntimeStatus), metadata.CreatedAt, metadata.LastUpdatedAt,
            metadata.SerializedInput, metadata.SerializedOutput, metadata.SerializedCustomStatus, metadata.FailureDetails?.ErrorMessage);

    private static OrchestrationRuntimeStatus ToDurable(RuntimeStatus status) => status switch
    {
        RuntimeStatus.Running => OrchestrationRuntimeStatus.Running,
        RuntimeStatus.Completed => OrchestrationRuntimeStatus.Completed,
        RuntimeStatus.Failed => OrchestrationRuntimeStatus.Failed,
        RuntimeStatus.Terminated => OrchestrationRuntimeStatus.Terminated,
        RuntimeStatus.Suspended => OrchestrationRuntimeStatus.Suspended,
        _ => OrchestrationRuntimeStatus.Pending,
    };

    public Task RaiseEventAsync(string instanceId, string eventName, object? payload, CancellationToken cancellationToken) =>
        client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken);

    public Task TerminateAsync(string instanceId, string? reason, CancellationToken cancellationToken) =>
        client.TerminateInstanceAsync(instanceId, (object?)reason, cancellationToken);

    public Task SuspendAsync(string instanceId, string? reason, CancellationToken cancellationToken) =>
        client.SuspendInstanceAsync(instanceId, reason, cancellationToken);

    public Task ResumeAsync(string instanceId, string? reason, CancellationToken cancellationToken) =>
        client.ResumeInstanceAsync(instanceId, reason, cancellationToken);

    public async Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken) =>
        (await client.PurgeInstanceAsync(instanceId, cancellationToken)).PurgedInstanceCount > 0;

    /// <summary>
    /// Durable's own payload carries the host's system key (<c>code=</c>) in every URL, and whoever holds it can read,
    /// terminate and purge every instance of the task hub: only a caller who already holds that key gets it. Everyone
    /// else gets Easel's status and revision URLs, on the host's configured address (never the request's Host header).
    /// </summary>
    public ManagementPayload CreateManagementPayload(string instanceId, Uri baseUri, Caller caller)
    {
        var durable = DurablePayload(instanceId);
        if (durable is null) return ManagementPayload.ForApi(instanceId, baseUri);
        if (!caller.SeesEverything) return ManagementPayload.ForApi(instanceId, new Uri(durable.StatusQueryGetUri));
        return durable;
    }

    /// <summary>The system key the host puts in its management URLs, or null when this client has none (not bound by the host).</summary>
    public string? SystemKey()
    {
        if (DurablePayload("x") is not { } payload) return null;
        var key = QueryHelpers.ParseQuery(new Uri(payload.StatusQueryGetUri).Query).GetValueOrDefault("code").ToString();
        return key.Length > 0 ? key : null;
    }

    private ManagementPayload? DurablePayload(string instanceId)
    {
        try
        {
            // The Functions host's own webhook URLs, with its task hub, connection and system key.
            var payload = client.CreateHttpManagementPayload(instanceId);
            return new ManagementPayload(payload.Id ?? instanceId, payload.StatusQueryGetUri ?? "", payload.SendEventPostUri ?? "",
                payload.TerminatePostUri, payload.PurgeHistoryDeleteUri, payload.SuspendPostUri, payload.ResumePostUri);
        }
        catch (InvalidOperationException)
        {
            // A client without the host's base URL (not bound by the Functions host, as in unit tests).
            return null;
        }
    }

    private static RuntimeStatus Map(OrchestrationRuntimeStatus status) => status switch
    {
        OrchestrationRuntimeStatus.Running => RuntimeStatus.Running,
        OrchestrationRuntimeStatus.Completed => RuntimeStatus.Completed,
#pragma warning disable CS0618 // ContinuedAsNew is obsolete in the client but still reported by older backends
        OrchestrationRuntimeStatus.ContinuedAsNew => RuntimeStatus.ContinuedAsNew,
#pragma warning restore CS0618
        OrchestrationRuntimeStatus.Failed => RuntimeStatus.Failed,
#pragma warning disable CS0618
        OrchestrationRuntimeStatus.Canceled => RuntimeStatus.Canceled,
#pragma warning restore CS0618
        OrchestrationRuntimeStatus.Terminated => RuntimeStatus.Terminated,
        OrchestrationRuntimeStatus.Pending => RuntimeStatus.Pending,
        OrchestrationRuntimeStatus.Suspended => RuntimeStatus.Suspended,
        _ => RuntimeStatus.Unknown,
    };
}
