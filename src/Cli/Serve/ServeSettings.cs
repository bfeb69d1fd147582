namespace Easel.Cli.Serve;

/// <summary>
/// How <c>serve</c> runs, from environment variables (the command line carries only <c>--urls</c>).
/// </summary>
/// <param name="StorageConnection"><c>EASEL_STORAGE</c>: storage connection string for the task hub and the artifacts; null starts Azurite.</param>
/// <param name="ArtifactsPath"><c>EASEL_ARTIFACTS</c>: keep artifacts in this folder instead of blob storage.</param>
/// <param name="AzuriteData"><c>EASEL_AZURITE_DATA</c>: Azurite's data folder (default <c>.azurite/</c> in the repository).</param>
/// <param name="TaskHub"><c>EASEL_TASK_HUB</c>: the task hub's name (its queues and tables are prefixed with it).</param>
/// <param name="MaxConcurrentActivities"><c>EASEL_MAX_ACTIVITIES</c>: stage activities running at once, across all generations.</param>
/// <param name="WebRoot"><c>EASEL_WEB</c>: folder of the page served at <c>/</c> (default <c>web/</c> in the repository, when present).</param>
/// <param name="MaxQueuePollingInterval"><c>EASEL_POLL_MS</c>: the longest an idle queue waits between polls.</param>
public sealed record ServeSettings(
    string? StorageConnection,
    string? ArtifactsPath,
    string? AzuriteData,
    string TaskHub,
    int MaxConcurrentActivities,
    string? WebRoot,
    TimeSpan MaxQueuePollingInterval)
{
    public static TimeSpan DefaultPolling { get; } = TimeSpan.FromMilliseconds(500);

    public static ServeSettings FromEnvironment()
    {
        static string? Get(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
        var activities = int.TryParse(Get("EASEL_MAX_ACTIVITIES"), out var n) && n > 0 ? n : Math.Max(2, Environment.ProcessorCount);
        var poll = int.TryParse(Get("EASEL_POLL_MS"), out var ms) && ms > 0 ? TimeSpan.FromMilliseconds(ms) : DefaultPolling;
        return new ServeSettings(Get("EASEL_STORAGE"), Get("EASEL_ARTIFACTS"), Get("EASEL_AZURITE_DATA"),
            Get("EASEL_TASK_HUB") ?? "easel", activities, Get("EASEL_WEB"), poll);
    }
}
