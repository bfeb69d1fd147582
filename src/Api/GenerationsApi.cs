using Easel.Pipeline.Artifacts;
using System.Text.Json;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Easel.Api;

/// <summary>
/// The HTTP API (a contract: CONTRIBUTING.md, "Contracts"), host-independent: each method takes the request and route
/// values and returns the result to write. The hosts (Functions triggers, serve's Kestrel routes) only bind routes to
/// these methods and attach the <see cref="Caller"/>; a generation is visible only to the caller that started it
/// (404 for anyone else).
/// </summary>
public sealed class GenerationsApi(IGenerationClient client, IArtifactStore store, ILogger<GenerationsApi> logger, ApiOptions? options = null, RequestLimits? limits = null)
{
    private readonly ApiOptions options = options ?? new ApiOptions();
    private readonly RequestLimits limits = limits ?? new RequestLimits(options ?? new ApiOptions());
    private readonly WebhookSettings webhooks = options?.Webhooks ?? WebhookSettings.None;

    /// <summary><c>POST /api/generations</c>: validates the body and starts the Paint orchestration.</summary>
    public Task<IResult> StartAsync(HttpRequest request, CancellationToken cancellationToken) => Guard(cancellationToken, async deadline =>
    {
        if (limits.TryStart(request) is { } limited) return limited;
        var (body, replay, problem) = await ReadStartBodyAsync(request, deadline);
        if (problem is not null) return problem;

        // The instance id doubles as the artifact folder; minted here (not in the orchestrator, which must be deterministic).
        var id = Guid.NewGuid().ToString("N");
        var (paint, invalid) = StartRequest.Parse(body, id, Random.Shared.Next(), options.RevisionWindowMinutes, webhooks);
        if (paint is null) return Problems.BadRequest(invalid!);
        var caller = Caller.Of(request.HttpContext);
        paint = paint with { Owner = caller.Owner };

        if (!await limits.Queued.HasRoomAsync(client, deadline))
            return Problems.Busy(TimeSpan.FromSeconds(10), $"{limits.Queued.Max} generations are already waiting to be painted; try again shortly.");

        await StartOnceAsync(id, new PaintInput(paint, Replay: replay.Count > 0 ? replay : null), request.HttpContext.RequestAborted, deadline);
        limits.Queued.Started(id);
        logger.LogInformation("Started generation {InstanceId}", id);
        var payload = client.CreateManagementPayload(id, BaseUri(request, options), caller);
        return Results.Accepted(payload.StatusQueryGetUri, payload);
    });

    /// <summary>
    /// The start body: JSON of at most <see cref="ApiOptions.MaxBodyBytes"/>, or a picture to start again from (recall:
    /// <c>{"from": "&lt;PNG, base64&gt;", …}</c> or a multipart upload, up to <see cref="ApiOptions.MaxPictureBytes"/>), which
    /// becomes the picture's parameters with the body's other fields on top, and its revision comments to replay.
    /// </summary>
    private async Task<(JsonElement Body, IReadOnlyList<string> Replay, IResult? Problem)> ReadStartBodyAsync(HttpRequest request, CancellationToken deadline)
    {
        // The host's own body limit (Kestrel's) is raised for this route to the picture limit; ours below still holds.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size && size.MaxRequestBodySize < options.MaxPictureBytes)
            size.MaxRequestBodySize = options.MaxPictureBytes;

        byte[]? png;
        JsonElement overrides = default;
        if (PictureRecall.IsUpload(request))
        {
            (png, var uploadProblem) = await PictureRecall.ReadUploadAsync(request, options.MaxPictureBytes, deadline);
            if (uploadProblem is not null) return (default, [], uploadProblem);
        }
        else
        {
            var (body, problem) = await RequestBody.ReadJsonAsync(request, options.MaxPictureBytes, allowEmpty: false, deadline);
            if (problem is not null) return (default, [], problem);
            if (!PictureRecall.Asks(body))
                return body.GetRawText().Length > options.MaxBodyBytes ? (default, [], Problems.TooLarge(options.MaxBodyBytes)) : (body, [], null);
            (png, var invalid) = PictureRecall.Decode(body);
            if (png is null) return (default, [], Problems.BadRequest(invalid!));
            overrides = body;
        }

        var (recalled, replay, notRecalled) = PictureRecall.StartBody(png!, overrides);
        return notRecalled is null ? (recalled, replay, null) : (default, [], Problems.BadRequest(notRecalled));
    }

    /// <summary><c>GET /api/openapi.json</c>: the OpenAPI 3.1 document of this API (<see cref="OpenApiDocument"/>).</summary>
    public static IResult GetOpenApi() => Results.Bytes(OpenApiDocument.Json, "application/json");

    /// <summary><c>GET /api/generations?status=&amp;createdFrom=&amp;createdTo=&amp;top=&amp;continuationToken=</c>: the caller's own generations, newest first.</summary>
    public Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken) => Guard(cancellationToken, async deadline =>
    {
        var (filter, invalid) = Gallery.Parse(request.Query);
        if (filter is null) return Problems.BadRequest(invalid!);
        return Results.Json(await Gallery.ListAsync(client, Caller.Of(request.HttpContext), filter, deadline), ApiJson.Options);
    });

    /// <summary><c>GET /api/generations/{id}</c>.</summary>
    public Task<IResult> GetStatusAsync(HttpRequest request, string id, CancellationToken cancellationToken) => Guard(cancellationToken, async deadline =>
    {
        if (!ApiRoutes.IsInstanceId(id)) return Problems.BadRequest("Not a generation id.");
        var instance = await client.GetOwnedAsync(request, id, deadline);
        if (instance is null) return Problems.NotFound($"No generation '{id}'.");
        limits.Queued.Observed(instance);
        return Results.Json(StatusShaper.Shape(instance), ApiJson.Options);
    });

    /// <summary><c>GET /api/generations/{id}/events</c>: Server-Sent Events, one per completed stage (<see cref="StatusEventStream"/>).</summary>
    public Task<IResult> EventsAsync(HttpRequest request, string id, CancellationToken cancellationToken) => Guard(cancellationToken, async deadline =>
    {
        if (!ApiRoutes.IsInstanceId(id)) return Problems.BadRequest("Not a generation id.");
        if (await client.GetOwnedAsync(request, id, deadline) is null) return Problems.NotFound($"No generation '{id}'.");
        return new StatusEventStream(client, id, Caller.Of(request.HttpContext), options, logger);
    });

    /// <summary><c>POST /api/generations/{id}/revisions</c> <c>{"text": "..."}</c>: raises the <c>Revision</c> event.</summary>
    public Task<IResult> ReviseAsync(HttpRequest request, string id, CancellationToken cancellationToken) => Guard(cancellationToken, async deadline =>
    {
        if (!ApiRoutes.IsInstanceId(id)) return Problems.BadRequest("Not a generation id.");
        if (limits.TryRevise(request) is { } limited) return limited;
        var (body, problem) = await RequestBody.ReadJsonAsync(request, options.MaxBodyBytes, allowEmpty: false, deadline);
        if (problem is not null) return problem;
        var (revision, invalid) = StartRequest.ParseRevision(body);
        if (revision is null) return Problems.BadRequest(invalid!);

        var instance = await client.GetOwnedAsync(request, id, deadline);
        if (instance is null) return Problems.NotFound($"No generation '{id}'.");
        if (instance.IsTerminal) return Problems.Gone($"Generation '{id}' has ended ({instance.RuntimeStatus}); start a new one.");

        if (RevisionTree.Problem(instance, revision) is { } missing) return Problems.Conflict(missing);

        await client.RaiseEventAsync(id, RevisionEvent.Name, revision, deadline);
        var status = ApiRoutes.StatusUrl(id);
        return Results.Accepted(status, new { id, statusUrl = status });
    });

    /// <summary><c>GET /api/generations/{id}/artifacts/{revision}/{name}</c>: one file of one revision's folder.</summary>
    public Task<IResult> GetArtifactAsync(HttpRequest request, string id, string revision, string name, CancellationToken cancellationToken) =>
        GetArtifactAsync(request, id, revision, candidate: null, name, cancellationToken);

    /// <summary>
    /// <c>GET /api/generations/{id}/artifacts/{revision}/candidates/{candidate}/{name}</c>: one file of one candidate's
    /// folder, when the revision painted several (variations).
    /// </summary>
    public Task<IResult> GetArtifactAsync(HttpRequest request, string id, string revision, string? candidate, string name, CancellationToken cancellationToken) => Guard(cancellationToken, async deadline =>
    {
        if (!ApiRoutes.IsInstanceId(id)) return Problems.BadRequest("Not a generation id.");
        if (!ApiRoutes.TryRevision(revision, out var number)) return Problems.BadRequest($"The revision must be a number from 0 to {ApiRoutes.MaxRevision}.");
        int? folder = null;
        if (candidate is not null)
        {
            if (!ApiRoutes.TryCandidate(candidate, out var j))
                return Problems.BadRequest($"The candidate must be a number from 0 to {PaintRequestValidator.MaxCandidates - 1}.");
            folder = j;
        }
        if (!ApiRoutes.IsArtifactName(name)) return Problems.BadRequest("Not an artifact name (lower-case letters, digits, '-' and '.').");
        var where = folder is { } c ? $"candidate {c} of revision {number}" : $"revision {number}";
        var notFound = Problems.NotFound($"Generation '{id}' has no artifact '{name}' in {where} (yet).");
        // The same answer for someone else's generation as for none: an id reveals nothing to a caller who does not own it.
        if (await client.GetOwnedAsync(request, id, deadline) is null) return notFound;
        try
        {
            // layers.ora is not stored: it is built from the revision's artifacts when asked for.
            var bytes = name == OpenRasterFile.Name
                ? await OpenRasterFile.BuildAsync(store, id, number, deadline, folder)
                : await store.ReadAsync(ArtifactKeys.For(id, number, folder, name), deadline);
            request.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
            return name == OpenRasterFile.Name
                ? Results.File(bytes, ContentType(name), folder is { } f ? $"{id}-r{number}-c{f}.ora" : $"{id}-r{number}.ora")
                : Results.Bytes(bytes, ContentType(name));
        }
        catch (ArtifactNotFoundException)
        {
            return notFound;
        }
    });

    internal static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".png" => "image/png",
        ".json" => "application/json; charset=utf-8",
        ".webp" => "image/webp",
        ".ora" => "image/openraster",
        _ => "application/octet-stream",
    };

    /// <summary>The configured public URL, else the request's (which the host has checked against its allowed host names).</summary>
    internal static Uri BaseUri(HttpRequest request, ApiOptions options) =>
        options.PublicBaseUri ?? new Uri($"{request.Scheme}://{request.Host.Value}");

    /// <summary>
    /// Starts the instance without letting the caller's disconnect or our deadline cut the write in half: if we stop
    /// waiting (503) or the caller has gone, the instance is terminated once the write lands, so nothing runs that no
    /// client knows the id of.
    /// </summary>
    private async Task StartOnceAsync(string id, PaintInput input, CancellationToken requestAborted, CancellationToken deadline)
    {
        var start = client.StartAsync(id, input, CancellationToken.None);
        try
        {
            await start.WaitAsync(deadline);
        }
        catch (OperationCanceledException)
        {
            Abandon(id, start);
            throw;
        }
        if (requestAborted.IsCancellationRequested) Abandon(id, start);
    }

    private void Abandon(string id, Task start) =>
        _ = start.ContinueWith(async started =>
        {
            if (!started.IsCompletedSuccessfully) return;
            try
            {
                await client.TerminateAsync(id, "Abandoned: the client that started it was not answered.", CancellationToken.None);
                logger.LogWarning("Terminated generation {InstanceId}: its start was not answered", id);
            }
            catch (Exception e) when (StorageFaults.IsStorageFault(e))
            {
                logger.LogWarning("Could not terminate abandoned generation {InstanceId}: {Message}", id, e.GetBaseException().Message);
            }
        }, TaskScheduler.Default);

    private Task<IResult> Guard(CancellationToken cancellationToken, Func<CancellationToken, Task<IResult>> handler) =>
        ApiGuard.RunAsync(logger, options.StorageTimeout, cancellationToken, handler);
}
