using DurableTask.AzureStorage;
using DurableTask.Core;
using Easel.Api;
using Easel.Pipeline.Orchestration;

namespace Easel.Cli.Serve;

/// <summary>
/// After a storage crash (Azurite killed, or serve and Azurite killed together) a generation can be left with no
/// message to move it on: the crash took the last fraction of a second of queue and table writes, and nothing will
/// ever deliver the step it was waiting for. Once storage has been back for <see cref="Grace"/>, every generation that
/// has not painted its first picture and has not moved since storage came back is started again, under the same id
/// and with the same input (owner included): the stages are deterministic, so it paints the same picture. Nothing is
/// touched in normal running, however slow: only generations older than the last recovery are candidates.
/// </summary>
internal sealed class StalledGenerations : IAsyncDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(45);
    private static readonly OrchestrationStatus[] Unfinished = [OrchestrationStatus.Running, OrchestrationStatus.Pending];

    private readonly Func<DurableEngine> engine;
    private readonly Func<DateTime?> recoveredAt;
    private readonly TextWriter error;
    private readonly HashSet<string> restarted = [];
    private readonly BackgroundLoop loop;

    /// <param name="recoveredAt">When storage last came back from a crash, UTC; null when it has not crashed.</param>
    /// <param name="engine">The engine serve runs now (a fresh one after a storage crash).</param>
    public StalledGenerations(Func<DurableEngine> engine, Func<DateTime?> recoveredAt, TextWriter error)
    {
        this.engine = engine;
        this.recoveredAt = recoveredAt;
        this.error = error;
        loop = new BackgroundLoop(WatchAsync);
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
                if (recoveredAt() is not { } since || DateTime.UtcNow - since < Grace) continue;
                string? continuation = null;
                do
                {
                    var page = await engine().Service.GetOrchestrationStateAsync(DateTime.UtcNow.AddDays(-30), null, Unfinished, 100, continuation, cancellationToken);
                    foreach (var state in page.OrchestrationState)
                    {
                        if (Stalled(state, since) && restarted.Add(state.OrchestrationInstance.InstanceId)) await RestartAsync(state, cancellationToken);
                    }
                    continuation = page.ContinuationToken;
                }
                while (continuation is not null);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (StorageFaults.IsStorageFault(e) || e is InvalidOperationException)
            {
                // Storage is down again: the next round looks again.
            }
        }
    }

    private static bool Stalled(OrchestrationState state, DateTime since)
    {
        if (state.LastUpdatedTime >= since || state.CreatedTime >= since) return false;
        var status = ApiJson.TryDeserialize<PaintStatus>(state.Status);
        return status is null || (status.Revision == 0 && status.Stage is not ("waiting" or "finished"));
    }

    private async Task RestartAsync(OrchestrationState state, CancellationToken cancellationToken)
    {
        var id = state.OrchestrationInstance.InstanceId;
        if (ApiJson.TryDeserialize<PaintInput>(state.Input) is not { } input) return;
        var (client, service) = (engine().Client, engine().Service);
        var instance = new OrchestrationInstance { InstanceId = id };
        await client.TerminateInstanceAsync(instance, "Stalled by a storage crash; started again.");
        for (var i = 0; i < 60 && (await client.GetOrchestrationStateAsync(id))?.OrchestrationStatus is OrchestrationStatus.Running or OrchestrationStatus.Pending; i++)
            await Task.Delay(500, cancellationToken);
        await service.PurgeInstanceHistoryAsync(id);
        await client.CreateOrchestrationInstanceAsync(state.Name, "", id, input);
        await error.WriteLineAsync($"warning: generation {id} had not moved since storage came back; started it again (same id, same picture).");
    }

    public ValueTask DisposeAsync() => loop.DisposeAsync();
}
