using Easel.Api;
using Easel.Pipeline.Orchestration;

namespace Easel.Cli.Serve;

/// <summary>
/// Azurite keeps its metadata in memory and writes it to its data folder periodically (every
/// <see cref="AzuriteProcess.SaveInterval"/> here): a start or a revision answered before that write could be lost if
/// Azurite is killed. So serve answers only once Azurite has saved what the request changed: the table and queue
/// metadata files have been saved since the request's writes were acknowledged (see <see cref="Saved"/>). A start whose save does not come in time is terminated and
/// answered 503, so the client retries and nothing runs that it does not know about.
/// </summary>
internal sealed class SavedBeforeAnswerClient(IGenerationClient inner, string dataFolder) : IGenerationClient
{
    private static readonly string[] Metadata = ["__azurite_db_table__.json", "__azurite_db_queue__.json"];
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public async Task StartAsync(string instanceId, PaintInput input, CancellationToken cancellationToken)
    {
        await inner.StartAsync(instanceId, input, cancellationToken);
        try
        {
            await SavedAsync(DateTime.UtcNow, cancellationToken);
        }
        catch (TimeoutException)
        {
            await inner.TerminateAsync(instanceId, "Not saved by storage in time; the client was answered 503.", CancellationToken.None);
            throw;
        }
    }

    public async Task RaiseEventAsync(string instanceId, string eventName, object? payload, CancellationToken cancellationToken)
    {
        await inner.RaiseEventAsync(instanceId, eventName, payload, cancellationToken);
        await SavedAsync(DateTime.UtcNow, cancellationToken);
    }

    public Task<GenerationInstance?> GetAsync(string instanceId, CancellationToken cancellationToken) => inner.GetAsync(instanceId, cancellationToken);

    public Task<InstancePage> ListAsync(InstanceQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);

    public Task TerminateAsync(string instanceId, string? reason, CancellationToken cancellationToken) => inner.TerminateAsync(instanceId, reason, cancellationToken);

    public Task SuspendAsync(string instanceId, string? reason, CancellationToken cancellationToken) => inner.SuspendAsync(instanceId, reason, cancellationToken);

    public Task ResumeAsync(string instanceId, string? reason, CancellationToken cancellationToken) => inner.ResumeAsync(instanceId, reason, cancellationToken);

    public Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken) => inner.PurgeAsync(instanceId, cancellationToken);

    public ManagementPayload CreateManagementPayload(string instanceId, Uri baseUri, Caller caller) => inner.CreateManagementPayload(instanceId, baseUri, caller);

    private async Task SavedAsync(DateTime acknowledged, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!Metadata.All(name => Saved(File.GetLastWriteTimeUtc(Path.Combine(dataFolder, name)), acknowledged)))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Azurite did not save its metadata in time.");
            await Task.Delay(25, cancellationToken);
        }
    }

    /// <summary>
    /// A save finished after the writes were acknowledged. Azurite serializes its metadata in one go and then writes
    /// the file (well under <see cref="Slack"/>), so a save that finished more than that after the acknowledgement began
    /// after it and holds the writes. One that finished sooner may have serialized just before them; then the writes
    /// left the metadata changed and the next save comes within one interval — unless none is due, which means the
    /// earlier one held them.
    /// </summary>
    private static bool Saved(DateTime written, DateTime acknowledged) =>
        written > acknowledged + Slack
        || (written > acknowledged && DateTime.UtcNow > acknowledged + Slack + 2 * AzuriteProcess.SaveInterval);

    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(50);
}
