namespace Easel.Cli.Serve;

/// <summary>
/// How <c>serve</c> runs, from environment variables (the command line carries <c>--urls</c> and <c>--azurite</c>).
/// </summary>
/// <param name="StorageConnection"><c>EASEL_STORAGE</c>: storage connection string for the task hub and the artifacts; null starts Azurite.</param>
/// <param name="ArtifactsPath"><c>EASEL_ARTIFACTS</c>: keep artifacts in this folder instead of blob storage.</param>
/// <param name="AzuriteData"><c>EASEL_AZURITE_DATA</c>: Azurite's data folder (default <c>.azurite/</c> in the repository).</param>
/// <param name="TaskHub"><c>EASEL_TASK_HUB</c>: the task hub's name (its queues and tables are prefixed with it).</param>
/// <param name="MaxConcurrentActivities"><c>EASEL_MAX_ACTIVITIES</c>: stage activities running at once, across all generations.</param>
/// <param name="WebRoot"><c>EASEL_WEB</c>: folder of the page served at <c>/</c> (default <c>web/</c> in the repository, when present).</param>
/// <param name="MaxQueuePollingInterval"><c>EASEL_POLL_MS</c>: the longest an idle queue waits between polls.</param>
/// <param name="ApiKeys"><c>EASEL_API_KEY</c>: one key, or several separated by commas (each its own owner); empty asks for none.</param>
/// <param name="PublicUrl"><c>EASEL_PUBLIC_URL</c>: the scheme and host the API's absolute URLs use (default: the first of <c>--urls</c>).</param>
/// <param name="AllowedHosts"><c>EASEL_ALLOWED_HOSTS</c>: Host header values accepted, comma-separated (default: the loopback names and the hosts of <c>--urls</c>).</param>
/// <param name="StartsPerMinute"><c>EASEL_STARTS_PER_MINUTE</c>: starts per caller per minute (also the burst).</param>
/// <param name="RevisionsPerMinute"><c>EASEL_REVISIONS_PER_MINUTE</c>: revisions per caller per minute (also the burst).</param>
/// <param name="MaxQueued"><c>EASEL_MAX_QUEUED</c>: generations accepted and not yet painted before a start gets 503.</param>
/// <param name="StorageTimeoutSeconds"><c>EASEL_STORAGE_TIMEOUT_S</c>: how long a request waits for storage before answering 503.</param>
public sealed record ServeSettings(
    string? StorageConnection,
    string? ArtifactsPath,
    string? AzuriteData,
    string TaskHub,
    int MaxConcurrentActivities,
    string? WebRoot,
    TimeSpan MaxQueuePollingInterval,
    IReadOnlyList<string>? ApiKeys = null,
    string? PublicUrl = null,
    IReadOnlyList<string>? AllowedHosts = null,
    int StartsPerMinute = 60,
    int RevisionsPerMinute = 120,
    int MaxQueued = 100,
    double StorageTimeoutSeconds = 10)
{
    public static TimeSpan DefaultPolling { get; } = TimeSpan.FromMilliseconds(500);

    public static ServeSettings FromEnvironment()
    {
        static string? Get(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
        static int Positive(string name, int fallback) => int.TryParse(Get(name), out var n) && n > 0 ? n : fallback;
        static IReadOnlyList<string>? List(string name) =>
            Get(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } items ? items : null;
        var poll = int.TryParse(Get("EASEL_POLL_MS"), out var ms) && ms > 0 ? TimeSpan.FromMilliseconds(ms) : DefaultPolling;
        return new ServeSettings(Get("EASEL_STORAGE"), Get("EASEL_ARTIFACTS"), Get("EASEL_AZURITE_DATA"),
            Get("EASEL_TASK_HUB") ?? "easel", Positive("EASEL_MAX_ACTIVITIES", Math.Max(2, Environment.ProcessorCount)), Get("EASEL_WEB"), poll,
            List("EASEL_API_KEY"), Get("EASEL_PUBLIC_URL"), List("EASEL_ALLOWED_HOSTS"),
            Positive("EASEL_STARTS_PER_MINUTE", 60), Positive("EASEL_REVISIONS_PER_MINUTE", 120), Positive("EASEL_MAX_QUEUED", 100),
            Positive("EASEL_STORAGE_TIMEOUT_S", 10));
    }
}
