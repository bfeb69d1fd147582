using Easel.Api;
using Easel.Pipeline.Artifacts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Easel.Functions;

/// <summary>The HTTP API (CONTRIBUTING.md, "Contracts") as HTTP triggers: each one binds its route to the shared handler in Easel.Api.</summary>
/// <remarks>
/// Function-level keys: the host refuses a request without a valid key before it reaches us, and each generation is
/// owned by the key (or, behind Easy Auth, the identity) that started it (<see cref="FunctionsCaller"/>). Only the page
/// is anonymous. Durable's management routes keep the host's system key, which no start response hands out.
/// </remarks>
public sealed class GenerationFunctions(IArtifactStore store, ILoggerFactory loggerFactory, ApiOptions options, RequestLimits limits, FunctionsAuth auth)
{
    // host.json's routePrefix is "" so that the page can be served at "/"; the API keeps its /api/ paths.
    private const string Prefix = "api/";

    [Function("StartGeneration")]
    public async Task<IActionResult> Start(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Prefix + ApiRoutes.Generations)] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultAction(await Api(request, client).StartAsync(request, cancellationToken));

    [Function("OpenApi")]
    public IActionResult OpenApi(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Prefix + ApiRoutes.OpenApi)] HttpRequest request) =>
        new ResultAction(GenerationsApi.GetOpenApi());

    [Function("ListGenerations")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Prefix + ApiRoutes.Generations)] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultAction(await Api(request, client).ListAsync(request, cancellationToken));

    [Function("GetGeneration")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Prefix + ApiRoutes.Generation)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultAction(await Api(request, client).GetStatusAsync(request, id, cancellationToken));

    [Function("GenerationEvents")]
    public async Task<IActionResult> Events(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Prefix + ApiRoutes.Events)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultAction(await Api(request, client).EventsAsync(request, id, cancellationToken));

    [Function("ReviseGeneration")]
    public async Task<IActionResult> Revise(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Prefix + ApiRoutes.Revisions)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultAction(await Api(request, client).ReviseAsync(request, id, cancellationToken));

    [Function("GetArtifact")]
    public async Task<IActionResult> Artifact(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Prefix + ApiRoutes.Artifact)] HttpRequest request,
        string id,
        string revision,
        string name,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultAction(await Api(request, client).GetArtifactAsync(request, id, revision, name, cancellationToken));

    [Function("GetCandidateArtifact")]
    public async Task<IActionResult> CandidateArtifact(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Prefix + ApiRoutes.CandidateArtifact)] HttpRequest request,
        string id,
        string revision,
        string candidate,
        string name,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultAction(await Api(request, client).GetArtifactAsync(request, id, revision, candidate, name, cancellationToken));

    /// <summary>The shared API for this request, with its caller attached.</summary>
    private GenerationsApi Api(HttpRequest request, DurableTaskClient client)
    {
        var generations = new DurableGenerationClient(client);
        FunctionsCaller.Identify(request, auth.Mode, generations.SystemKey()).AttachTo(request.HttpContext);
        return new GenerationsApi(generations, store, loggerFactory.CreateLogger<GenerationsApi>(), options, limits);
    }
}
