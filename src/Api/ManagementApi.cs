using System.Text.Json;
using System.Text.Json.Nodes;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Easel.Api;

/// <summary>
/// Durable Functions' instance management routes (<c>/runtime/webhooks/durabletask/instances/{id}</c> …) with their
/// payloads and status codes, for hosts that do not get them from the Functions host (<c>serve</c>). The same id rule
/// as the API's routes, and the same ownership: an instance someone else started is a 404 here too.
/// </summary>
public sealed class ManagementApi(IGenerationClient client, IArtifactStore store, ILogger<ManagementApi> logger, ApiOptions? options = null)
{
    private readonly ApiOptions options = options ?? new ApiOptions();

    /// <summary>GET: 202 while running (with <c>Location</c>), 200 once it has ended, 404 for an unknown id.</summary>
    public Task<IResult> GetStatusAsync(HttpRequest request, string id, CancellationToken cancellationToken) => Guard(request, id, cancellationToken, async deadline =>
    {
        var instance = await client.GetOwnedAsync(request, id, deadline);
        if (instance is null) return Problems.NotFound($"No instance '{id}'.");
        var body = new JsonObject
        {
            ["name"] = instance.Name,
            ["instanceId"] = instance.InstanceId,
            ["runtimeStatus"] = instance.RuntimeStatus.ToString(),
            ["input"] = Node(instance.SerializedInput),
            ["customStatus"] = Node(instance.SerializedCustomStatus),
            ["output"] = instance.RuntimeStatus == RuntimeStatus.Failed ? JsonValue.Create(instance.FailureMessage ?? "failed") : Node(instance.SerializedOutput),
            ["createdTime"] = instance.CreatedTime.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["lastUpdatedTime"] = instance.LastUpdatedTime.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        };
        if (instance.IsTerminal) return Results.Json(body, ApiJson.Options);
        var location = $"{GenerationsApi.BaseUri(request, options).GetLeftPart(UriPartial.Authority)}{request.PathBase}{request.Path}{request.QueryString}";
        return Results.Json(body, ApiJson.Options, statusCode: StatusCodes.Status202Accepted).WithLocation(location);
    });

    /// <summary>POST raiseEvent/{eventName}: the body is the event's payload. A <c>Revision</c> payload is checked like the API's.</summary>
    public Task<IResult> RaiseEventAsync(HttpRequest request, string id, string eventName, CancellationToken cancellationToken) => Guard(request, id, cancellationToken, async deadline =>
    {
        if (!ApiRoutes.IsEventName(eventName)) return Problems.BadRequest("Not an event name (letters, digits, '_' and '-').");
        var (body, problem) = await RequestBody.ReadJsonAsync(request, options.MaxBodyBytes, allowEmpty: true, deadline);
        if (problem is not null) return problem;

        object? payload = body.ValueKind == JsonValueKind.Undefined ? null : body;
        if (eventName == RevisionEvent.Name)
        {
            var (text, invalid) = StartRequest.ParseRevision(body);
            if (text is null) return Problems.BadRequest(invalid!);
            payload = new RevisionEvent(text);
        }

        if (await LiveAsync(request, id, deadline) is { } notLive) return notLive;
        await client.RaiseEventAsync(id, eventName, payload, deadline);
        return Results.Accepted();
    });

    /// <summary>POST terminate?reason=…: 202, 404 unknown, 410 already ended.</summary>
    public Task<IResult> TerminateAsync(HttpRequest request, string id, CancellationToken cancellationToken) => Guard(request, id, cancellationToken, async deadline =>
    {
        if (await LiveAsync(request, id, deadline) is { } notLive) return notLive;
        await client.TerminateAsync(id, Reason(request), deadline);
        logger.LogInformation("Terminated {InstanceId}", id);
        return Results.Accepted();
    });

    public Task<IResult> SuspendAsync(HttpRequest request, string id, CancellationToken cancellationToken) => Guard(request, id, cancellationToken, async deadline =>
    {
        if (await LiveAsync(request, id, deadline) is { } notLive) return notLive;
        await client.SuspendAsync(id, Reason(request), deadline);
        return Results.Accepted();
    });

    public Task<IResult> ResumeAsync(HttpRequest request, string id, CancellationToken cancellationToken) => Guard(request, id, cancellationToken, async deadline =>
    {
        if (await LiveAsync(request, id, deadline) is { } notLive) return notLive;
        await client.ResumeAsync(id, Reason(request), deadline);
        return Results.Accepted();
    });

    /// <summary>DELETE: purges an ended instance's history and its artifacts (purge means gone): 200 with the count, 404 unknown, 409 still running.</summary>
    public Task<IResult> PurgeAsync(HttpRequest request, string id, CancellationToken cancellationToken) => Guard(request, id, cancellationToken, async deadline =>
    {
        var instance = await client.GetOwnedAsync(request, id, deadline);
        if (instance is null) return Problems.NotFound($"No instance '{id}'.");
        if (!instance.IsTerminal) return Problems.Conflict($"Instance '{id}' is {instance.RuntimeStatus}; terminate it before purging.");
        // Artifacts first: should the history delete fail, the purge can be repeated; the other way round would leave
        // pictures nobody can find or purge any more.
        var artifacts = await store.DeletePrefixAsync(id, deadline);
        var deleted = await client.PurgeAsync(id, deadline);
        if (!deleted) return Problems.NotFound($"No instance '{id}'.");
        logger.LogInformation("Purged {InstanceId} and its {Count} artifacts", id, artifacts);
        return Results.Json(new { instancesDeleted = 1 }, ApiJson.Options);
    });

    private async Task<IResult?> LiveAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var instance = await client.GetOwnedAsync(request, id, cancellationToken);
        if (instance is null) return Problems.NotFound($"No instance '{id}'.");
        return instance.IsTerminal ? Problems.Gone($"Instance '{id}' has ended ({instance.RuntimeStatus}).") : null;
    }

    private static string? Reason(HttpRequest request)
    {
        var reason = request.Query["reason"].ToString();
        return string.IsNullOrEmpty(reason) ? null : new string(reason.Take(500).Where(c => !char.IsControl(c)).ToArray());
    }

    private static JsonNode? Node(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return JsonValue.Create(json);
        }
    }

    // The id rule of the API's routes holds here too: no 7,000-character ids reach the engine.
    private Task<IResult> Guard(HttpRequest request, string id, CancellationToken cancellationToken, Func<CancellationToken, Task<IResult>> handler) =>
        ApiRoutes.IsInstanceId(id)
            ? ApiGuard.RunAsync(logger, options.StorageTimeout, cancellationToken, handler)
            : Task.FromResult(Problems.BadRequest("Not an instance id (1 to 100 letters, digits, '_' and '-')."));
}
