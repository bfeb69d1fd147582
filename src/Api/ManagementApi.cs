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
public sealed class ManagementApi(IGenerationClient client, IArtifactStore store, ILogger<ManagementApi> logger, ApiOptions? options = null, RequestLimits? limits = null)
{
    private readonly ApiOptions options = options ?? new ApiOptions();
    private readonly RequestLimits limits = limits ?? new RequestLimits(options ?? new ApiOptions());

    /// <summary>GET: 202 while running (with <c>Location</c>), 200 once it has ended, 404 for an unknown id.</summary>
    public Task<IResult> GetStatusAsync(HttpRequest request, string id, CancellationToken cancellationToken) => Guard(request, id, cancellationToken, async deadline =>
    {
        var instance = await client.GetOwnedAsync(request, id, deadline);
        if (instance is null) return Problems.NotFound($"No instance '{id}'.");
        var body = StatusBody(instance, showInput: true);
        if (instance.IsTerminal) return Results.Json(body, ApiJson.Options);
        var location = $"{GenerationsApi.BaseUri(request, options).GetLeftPart(UriPartial.Authority)}{request.PathBase}{request.Path}{request.QueryString}";
        return Results.Json(body, ApiJson.Options, statusCode: StatusCodes.Status202Accepted).WithLocation(location);
    });

    /// <summary>
    /// GET <c>/runtime/webhooks/durabletask/instances</c>: Durable Functions' instance list, with its query parameters
    /// (<c>createdTimeFrom</c>, <c>createdTimeTo</c>, <c>runtimeStatus</c> comma-separated, <c>instanceIdPrefix</c>,
    /// <c>top</c>, <c>showInput</c>) and its paging header <c>x-ms-continuation-token</c> (request and response). Only the
    /// caller's own instances are listed, so a page may hold fewer than <c>top</c> while the token says there are more.
    /// </summary>
    public Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ApiGuard.RunAsync(logger, options.StorageTimeout, cancellationToken, async deadline =>
        {
            var query = request.Query;
            var statuses = new List<RuntimeStatus>();
            foreach (var name in query["runtimeStatus"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                if (!Enum.TryParse<RuntimeStatus>(name, ignoreCase: true, out var status) || int.TryParse(name, out _))
                    return Problems.BadRequest("'runtimeStatus' takes runtime statuses separated by commas (Running, Completed, Failed, …).");
                statuses.Add(status);
            }
            DateTimeOffset? from = null, to = null;
            foreach (var (name, set) in new (string, Action<DateTimeOffset>)[] { ("createdTimeFrom", t => from = t), ("createdTimeTo", t => to = t) })
            {
                if (!query.TryGetValue(name, out var text)) continue;
                if (!DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time))
                    return Problems.BadRequest($"'{name}' is an ISO 8601 time.");
                set(time.ToUniversalTime());
            }
            var top = 100;
            if (query.TryGetValue("top", out var topText) && (!int.TryParse(topText, out top) || top < 1 || top > 1000))
                return Problems.BadRequest("'top' is a whole number from 1 to 1000.");
            var prefix = query["instanceIdPrefix"].ToString();
            if (prefix.Length > 0 && !ApiRoutes.IsInstanceId(prefix)) return Problems.BadRequest("'instanceIdPrefix' is the start of an instance id.");
            var showInput = string.Equals(query["showInput"], "true", StringComparison.OrdinalIgnoreCase);
            var token = request.Headers[ContinuationHeader].ToString();

            var page = await client.ListAsync(new InstanceQuery(from, to, statuses, top, token.Length > 0 ? token : null, prefix.Length > 0 ? prefix : null), deadline);
            var caller = Caller.Of(request.HttpContext);
            var body = new JsonArray([.. page.Instances.Where(caller.Owns).Select(i => (JsonNode)StatusBody(i, showInput))]);
            var result = Results.Json(body, ApiJson.Options);
            return page.ContinuationToken is { } next ? result.WithHeader(ContinuationHeader, next) : result;
        });

    /// <summary>Durable Functions' paging header of the instance list.</summary>
    public const string ContinuationHeader = "x-ms-continuation-token";

    /// <summary>One instance as Durable Functions' status route writes it.</summary>
    private static JsonObject StatusBody(GenerationInstance instance, bool showInput) => new()
    {
        ["name"] = instance.Name,
        ["instanceId"] = instance.InstanceId,
        ["runtimeStatus"] = instance.RuntimeStatus.ToString(),
        ["input"] = showInput ? Node(instance.SerializedInput) : null,
        ["customStatus"] = Node(instance.SerializedCustomStatus),
        ["output"] = instance.RuntimeStatus == RuntimeStatus.Failed ? JsonValue.Create(instance.FailureMessage ?? "failed") : Node(instance.SerializedOutput),
        ["createdTime"] = instance.CreatedTime.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        ["lastUpdatedTime"] = instance.LastUpdatedTime.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
    };

    /// <summary>POST raiseEvent/{eventName}: the body is the event's payload. A <c>Revision</c> payload is checked like the API's.</summary>
    public Task<IResult> RaiseEventAsync(HttpRequest request, string id, string eventName, CancellationToken cancellationToken) => Guard(request, id, cancellationToken, async deadline =>
    {
        if (!ApiRoutes.IsEventName(eventName)) return Problems.BadRequest("Not an event name (letters, digits, '_' and '-').");
        var (body, problem) = await RequestBody.ReadJsonAsync(request, options.MaxBodyBytes, allowEmpty: true, deadline);
        if (problem is not null) return problem;

        object? payload = body.ValueKind == JsonValueKind.Undefined ? null : body;
        if (eventName == RevisionEvent.Name)
        {
            // A revision through Durable's route costs what one through the API's does: the same per-caller rate.
            if (limits.TryRevise(request) is { } limited) return limited;
            var (revision, invalid) = StartRequest.ParseRevision(body);
            if (revision is null) return Problems.BadRequest(invalid!);
            payload = revision;
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
