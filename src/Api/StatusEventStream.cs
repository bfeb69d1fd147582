using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Easel.Api;

/// <summary>
/// <c>GET /api/generations/{id}/events</c>: Server-Sent Events, one <c>stage</c> event (the status body of
/// <c>GET /api/generations/{id}</c>) each time the status has changed (a stage completed, a revision began), and
/// <c>end</c> once the generation has ended. The engines have no push, so the stream polls the instance (every
/// <see cref="ApiOptions.EventPollMilliseconds"/>) and sends only changes: stages that complete within one poll
/// arrive as one event (progress and artifacts are cumulative, so nothing is lost); a comment line keeps idle proxies open, and
/// the stream closes after <see cref="MaxDuration"/> (EventSource reconnects by itself).
/// </summary>
internal sealed class StatusEventStream(IGenerationClient client, string id, Caller caller, ApiOptions options, ILogger logger) : IResult
{
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public async Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no"; // proxies must not hold the events back
        var aborted = context.RequestAborted;
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        lifetime.CancelAfter(MaxDuration);

        string? last = null;
        var sent = 0;
        var quietSince = DateTime.UtcNow;
        try
        {
            await WriteAsync(response, $"retry: {options.EventPollMilliseconds * 4}\n\n", lifetime.Token);
            while (!lifetime.IsCancellationRequested)
            {
                var instance = await PollAsync(lifetime.Token);
                if (instance is not null)
                {
                    var status = StatusShaper.Shape(instance);
                    var key = $"{status.Revision}|{status.Stage}|{status.Artifacts.Count}|{status.RuntimeStatus}";
                    if (key != last)
                    {
                        last = key;
                        sent++;
                        var json = JsonSerializer.Serialize(status, ApiJson.Options);
                        await WriteAsync(response, $"id: {sent.ToString(CultureInfo.InvariantCulture)}\nevent: stage\ndata: {json}\n\n", lifetime.Token);
                        quietSince = DateTime.UtcNow;
                    }
                    if (instance.IsTerminal)
                    {
                        await WriteAsync(response, $"event: end\ndata: {{\"runtimeStatus\":\"{instance.RuntimeStatus}\"}}\n\n", lifetime.Token);
                        return;
                    }
                }
                if (DateTime.UtcNow - quietSince > KeepAlive)
                {
                    await WriteAsync(response, ": still working\n\n", lifetime.Token);
                    quietSince = DateTime.UtcNow;
                }
                await Task.Delay(options.EventPollMilliseconds, lifetime.Token);
            }
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            // The client left, or the stream's time is up: either way it simply ends.
        }
    }

    /// <returns>The instance, or null when storage did not answer this time (the stream tries again).</returns>
    private async Task<GenerationInstance?> PollAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.StorageTimeout);
        try
        {
            var instance = await client.GetAsync(id, deadline.Token);
            return instance is not null && caller.Owns(instance) ? instance : null;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && (e is OperationCanceledException || StorageFaults.IsStorageFault(e)))
        {
            logger.LogWarning("Event stream of {InstanceId}: storage did not answer ({Message})", id, e.GetBaseException().Message);
            return null;
        }
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
