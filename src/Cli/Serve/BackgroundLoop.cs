namespace Easel.Cli.Serve;

/// <summary>
/// A watcher's loop on the thread pool, from start until disposed: disposing cancels its token and waits for it to end.
/// </summary>
internal sealed class BackgroundLoop : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public BackgroundLoop(Func<CancellationToken, Task> body) => loop = Task.Run(() => body(stop.Token));

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
        stop.Dispose();
    }
}
