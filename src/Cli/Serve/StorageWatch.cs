namespace Easel.Cli.Serve;

/// <summary>
/// Watches the Azurite serve runs on, once a second. When it has exited, serve says so on stderr, answers API requests
/// with 503 "storage unavailable" (Retry-After), and starts it again on the same ports and data folder (a long-lived
/// Azurite) — or, for a child Azurite, or after three failed restarts, ends serve with exit code 3 so that a supervisor
/// restarts it. When it stops answering (stalled), requests get 503 at once instead of waiting. Either way serve picks
/// up again by itself as soon as storage answers.
/// </summary>
internal sealed class StorageWatch : IAsyncDisposable
{
    public const int ExitStorageLost = 3;
    private const int MaxRestarts = 3;

    private readonly string? script;
    private readonly TextWriter error;
    private readonly TaskCompletionSource lost = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly BackgroundLoop loop;
    private volatile string? problem;
    private bool restartedSinceProblem;
    private bool afterRestartPending;

    /// <param name="script">Azurite's script, to restart a long-lived Azurite; null never restarts.</param>
    public StorageWatch(AzuriteProcess azurite, string? script, TextWriter error)
    {
        Azurite = azurite;
        this.script = script;
        this.error = error;
        loop = new BackgroundLoop(WatchAsync);
    }

    /// <summary>
    /// Runs after Azurite has been restarted, while requests still get 503. A restarted Azurite is its data folder as
    /// last saved: up to <see cref="AzuriteProcess.SaveInterval"/> older than what the engine saw acknowledged, with
    /// the pop receipts and ETags of that save. The engine's memory of what it dequeued, its sessions, pop receipts and
    /// ETags, no longer matches storage (it fails for ever with PopReceiptMismatch and "split brain", and takes the
    /// messages that come round again for duplicates of ones it still holds), so serve starts a fresh engine on what
    /// storage has, as a restart of serve would.
    /// </summary>
    public Func<CancellationToken, Task>? AfterRestart { get; set; }

    public AzuriteProcess Azurite { get; private set; }

    /// <summary>When storage last came back after Azurite had exited, UTC; null while it never has.</summary>
    public DateTime? RecoveredAt { get; private set; }

    /// <summary>Null while storage answers, else why not (one line).</summary>
    public string? Problem => problem;

    /// <summary>Completes when storage is gone for good and serve should exit with <see cref="ExitStorageLost"/>.</summary>
    public Task Lost => lost.Task;

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        var failedRestarts = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                if (!Azurite.IsAlive)
                {
                    Report($"Azurite (pid {Azurite.ProcessId}) has exited");
                    if (script is null || !Azurite.LongLived || failedRestarts >= MaxRestarts)
                    {
                        await error.WriteLineAsync($"error: storage unavailable: Azurite is gone; serve exits ({ExitStorageLost}) for its supervisor to restart it.");
                        lost.TrySetResult();
                        return;
                    }
                    try
                    {
                        Azurite = await AzuriteProcess.StartLongLivedAsync(script, Azurite.DataFolder, Azurite.Ports, cancellationToken);
                        restartedSinceProblem = true;
                        await error.WriteLineAsync($"Restarted Azurite (pid {Azurite.ProcessId}) on the same ports and data.");
                        failedRestarts = 0;
                        afterRestartPending = AfterRestart is not null;
                    }
                    catch (InvalidOperationException e)
                    {
                        failedRestarts++;
                        await error.WriteLineAsync($"error: could not restart Azurite ({failedRestarts}/{MaxRestarts}): {e.Message.Split('\n')[0]}");
                    }
                }
                else if (!await Azurite.AnswersAsync(cancellationToken))
                {
                    Report($"Azurite (pid {Azurite.ProcessId}) is not answering");
                }
                else if (afterRestartPending)
                {
                    try
                    {
                        await AfterRestart!(cancellationToken);
                        afterRestartPending = false;
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // Still 503; the next round tries again.
                        await error.WriteLineAsync($"warning: storage is back, serve is not yet: {e.GetBaseException().Message.Split('\n')[0]}");
                    }
                }
                else if (problem is not null)
                {
                    problem = null;
                    if (restartedSinceProblem) RecoveredAt = DateTime.UtcNow;
                    restartedSinceProblem = false;
                    await error.WriteLineAsync("Storage is answering again.");
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private void Report(string what)
    {
        if (problem == what) return;
        problem = what;
        error.WriteLine($"warning: storage unavailable: {what}; API requests get 503 until it is back.");
    }

    public ValueTask DisposeAsync() => loop.DisposeAsync();
}
