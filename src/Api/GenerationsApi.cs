using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Easel.Api;

/// <summary>
/// The HTTP API (a contract: CONTRIBUTING.md, "Contracts"), host-independent: each method takes the request and route values and returns the
/// result to write. The hosts (Functions triggers, serve's Kestrel routes) only bind routes to these methods.
/// </summary>
public sealed class GenerationsApi(IGenerationClient client, IArtifactStore store, ILogger<GenerationsApi> logger, ApiOptions? options = null)
{
    private readonly ApiOptions options = options ?? new ApiOptions();

    /// <summary><c>POST /api/generations</c>: validates the body and starts the Paint orchestration.</summary>
    public Task<IResult> StartAsync(HttpRequest request, CancellationToken cancellationToken) => Guard(async () =>
    {
        var (body, problem) = await RequestBody.ReadJsonAsync(request, options.MaxBodyBytes, allowEmpty: false, cancellationToken);
        if (problem is not null) return problem;

        // The instance id doubles as the artifact folder; minted here (not in the orchestrator, which must be deterministic).
        var id = Guid.NewGuid().ToString("N");
        var (paint, invalid) = StartRequest.Parse(body, id, Random.Shared.Next(), options.RevisionWindowMinutes);
        if (paint is null) return Problems.BadRequest(invalid!);

        await client.StartAsync(id, new PaintInput(paint), cancellationToken);
        logger.LogInformation("Started generation {InstanceId}", id);
        var payload = client.CreateManagementPayload(id, BaseUri(request));
        return Results.Accepted(payload.StatusQueryGetUri, payload);
    });

    /// <summary><c>GET /api/generations/{id}</c>.</summary>
    public Task<IResult> GetStatusAsync(HttpRequest request, string id, CancellationToken cancellationToken) => Guard(async () =>
    {
        if (!ApiRoutes.IsInstanceId(id)) return Problems.BadRequest("Not a generation id.");
        var instance = await client.GetAsync(id, cancellationToken);
        if (instance is null) return Problems.NotFound($"No generation '{id}'.");
        return Results.Json(StatusShaper.Shape(instance), ApiJson.Options);
    });

    /// <summary><c>POST /api/generations/{id}/revisions</c> <c>{"text": "..."}</c>: raises the <c>Revision</c> event.</summary>
    public Task<IResult> ReviseAsync(HttpRequest request, string id, CancellationToken cancellationToken) => Guard(async () =>
    {
        if (!ApiRoutes.IsInstanceId(id)) return Problems.BadRequest("Not a generation id.");
        var (body, problem) = await RequestBody.ReadJsonAsync(request, options.MaxBodyBytes, allowEmpty: false, cancellationToken);
        if (problem is not null) return problem;
        var (text, invalid) = StartRequest.ParseRevision(body);
        if (text is null) return Problems.BadRequest(invalid!);

        var instance = await client.GetAsync(id, cancellationToken);
        if (instance is null) return Problems.NotFound($"No generation '{id}'.");
        if (instance.IsTerminal) return Problems.Gone($"Generation '{id}' has ended ({instance.RuntimeStatus}); start a new one.");

        await client.RaiseEventAsync(id, RevisionEvent.Name, new RevisionEvent(text), cancellationToken);
        var status = ApiRoutes.StatusUrl(id);
        return Results.Accepted(status, new { id, statusUrl = status });
    });

    /// <summary><c>GET /api/generations/{id}/artifacts/{revision}/{name}</c>: one file of one revision's folder.</summary>
    public Task<IResult> GetArtifactAsync(HttpRequest request, string id, string revision, string name, CancellationToken cancellationToken) => Guard(async () =>
    {
        if (!ApiRoutes.IsInstanceId(id)) return Problems.BadRequest("Not a generation id.");
        if (!ApiRoutes.TryRevision(revision, out var number)) return Problems.BadRequest($"The revision must be a number from 0 to {ApiRoutes.MaxRevision}.");
        if (!ApiRoutes.IsArtifactName(name)) return Problems.BadRequest("Not an artifact name (lower-case letters, digits, '-' and '.').");
        try
        {
            var bytes = await store.ReadAsync(ArtifactKeys.For(id, number, name), cancellationToken);
            request.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Bytes(bytes, ContentType(name));
        }
        catch (ArtifactNotFoundException)
        {
            return Problems.NotFound($"Generation '{id}' has no artifact '{name}' in revision {number} (yet).");
        }
    });

    internal static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".png" => "image/png",
        ".json" => "application/json; charset=utf-8",
        ".webp" => "image/webp",
        _ => "application/octet-stream",
    };

    internal static Uri BaseUri(HttpRequest request) => new($"{request.Scheme}://{request.Host.Value}");

    private async Task<IResult> Guard(Func<Task<IResult>> handler)
    {
        try
        {
            return await handler();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Request failed");
            return Problems.Internal();
        }
    }
}
