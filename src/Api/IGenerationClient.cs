using Easel.Pipeline.Orchestration;

namespace Easel.Api;

/// <summary>
/// The few things the HTTP API asks of a durable engine. Two adapters: Durable's <c>DurableTaskClient</c>
/// (the Functions app) and the Durable Task Framework's <c>TaskHubClient</c> (<c>serve</c>).
/// </summary>
public interface IGenerationClient
{
    /// <summary>Schedules the Paint orchestration under <paramref name="instanceId"/>.</summary>
    Task StartAsync(string instanceId, PaintInput input, CancellationToken cancellationToken);

    /// <returns>The latest execution's state with its input and custom status, or null for an unknown id.</returns>
    Task<GenerationInstance?> GetAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>One page of Durable's own instance query, with inputs and custom status (the owner is in the input).</summary>
    Task<InstancePage> ListAsync(InstanceQuery query, CancellationToken cancellationToken);

    Task RaiseEventAsync(string instanceId, string eventName, object? payload, CancellationToken cancellationToken);

    Task TerminateAsync(string instanceId, string? reason, CancellationToken cancellationToken);

    Task SuspendAsync(string instanceId, string? reason, CancellationToken cancellationToken);

    Task ResumeAsync(string instanceId, string? reason, CancellationToken cancellationToken);

    /// <returns>True when a (terminal) instance's history was deleted.</returns>
    Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>The URLs Durable hands a client to follow one instance (each host knows its own management endpoint);
    /// URLs that would carry a host secret only for a <paramref name="caller"/> who holds it.</summary>
    ManagementPayload CreateManagementPayload(string instanceId, Uri baseUri, Caller caller);
}
