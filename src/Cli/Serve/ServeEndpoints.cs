using Easel.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Easel.Cli.Serve;

/// <summary>Binds the API's routes (the same as the Functions app's) and Durable's management routes to the shared handlers.</summary>
internal static class ServeEndpoints
{
    public static void Map(IEndpointRouteBuilder app, GenerationsApi api, ManagementApi management)
    {
        app.MapGet($"/api/{ApiRoutes.OpenApi}", GenerationsApi.GetOpenApi);
        app.MapPost($"/api/{ApiRoutes.Generations}", (HttpRequest r, CancellationToken c) => api.StartAsync(r, c));
        app.MapGet($"/api/{ApiRoutes.Generations}", (HttpRequest r, CancellationToken c) => api.ListAsync(r, c));
        app.MapGet($"/api/{ApiRoutes.Generation}", (HttpRequest r, string id, CancellationToken c) => api.GetStatusAsync(r, id, c));
        app.MapGet($"/api/{ApiRoutes.Events}", (HttpRequest r, string id, CancellationToken c) => api.EventsAsync(r, id, c));
        app.MapPost($"/api/{ApiRoutes.Revisions}", (HttpRequest r, string id, CancellationToken c) => api.ReviseAsync(r, id, c));
        app.MapGet($"/api/{ApiRoutes.Artifact}",
            (HttpRequest r, string id, string revision, string name, CancellationToken c) => api.GetArtifactAsync(r, id, revision, name, c));
        app.MapGet($"/api/{ApiRoutes.CandidateArtifact}",
            (HttpRequest r, string id, string revision, string candidate, string name, CancellationToken c) => api.GetArtifactAsync(r, id, revision, candidate, name, c));

        app.MapGet($"/{ApiRoutes.ManagementInstances}", (HttpRequest r, CancellationToken c) => management.ListAsync(r, c));
        app.MapGet($"/{ApiRoutes.ManagementInstance}", (HttpRequest r, string id, CancellationToken c) => management.GetStatusAsync(r, id, c));
        app.MapDelete($"/{ApiRoutes.ManagementInstance}", (HttpRequest r, string id, CancellationToken c) => management.PurgeAsync(r, id, c));
        app.MapPost($"/{ApiRoutes.ManagementRaiseEvent}",
            (HttpRequest r, string id, string eventName, CancellationToken c) => management.RaiseEventAsync(r, id, eventName, c));
        app.MapPost($"/{ApiRoutes.ManagementTerminate}", (HttpRequest r, string id, CancellationToken c) => management.TerminateAsync(r, id, c));
        app.MapPost($"/{ApiRoutes.ManagementSuspend}", (HttpRequest r, string id, CancellationToken c) => management.SuspendAsync(r, id, c));
        app.MapPost($"/{ApiRoutes.ManagementResume}", (HttpRequest r, string id, CancellationToken c) => management.ResumeAsync(r, id, c));
    }
}
