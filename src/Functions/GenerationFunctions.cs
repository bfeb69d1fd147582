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
/// Anonymous like <c>serve</c>, so the page at <c>/</c> can call it; put the app behind App Service authentication or a
/// gateway to restrict it. Durable's management routes keep the host's system key.
/// </remarks>
public sealed class GenerationFunctions(IArtifactStore store, ILoggerFactory loggerFactory, ApiOptions options)
{
    // host.json's routePrefix is "" so that the page can be served at "/"; the API keeps its /api/ paths.
    private const string Prefix = "api/";

    [Function("StartGeneration")]
    public async Task<IActionResult> Start(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Prefix + ApiRoutes.Generations)] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultAction(await Api(client).StartAsync(request, cancellationToken));

    [Function("GetGeneration")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Prefix + ApiRoutes.Generation)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultAction(await Api(client).GetStatusAsync(request, id, cancellationToken));

    [Function("ReviseGeneration")]
    public async Task<IActionResult> Revise(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Prefix + ApiRoutes.Revisions)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultAction(await Api(client).ReviseAsync(request, id, cancellationToken));

    [Function("GetArtifact")]
    public async Task<IActionResult> Artifact(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Prefix + ApiRoutes.Artifact)] HttpRequest request,
        string id,
        string revision,
        string name,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultAction(await Api(client).GetArtifactAsync(request, id, revision, name, cancellationToken));

    private GenerationsApi Api(DurableTaskClient client) =>
        new(new DurableGenerationClient(client), store, loggerFactory.CreateLogger<GenerationsApi>(), options);
}
