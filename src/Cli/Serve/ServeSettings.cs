using Easel.Hosting;
using Microsoft.Extensions.Configuration;

namespace Easel.Cli.Serve;

/// <summary>
/// How <c>serve</c> itself runs, read once from its configuration: each setting is <c>Easel:{Name}</c> or the
/// environment variable it has always had (<see cref="SettingKey"/>). The command line carries <c>--urls</c> and
/// <c>--azurite</c>; what every host shares (artifacts, models, the API's limits) is <see cref="EaselSettings"/>.
/// </summary>
/// <param name="StorageConnection"><c>EASEL_STORAGE</c>: storage connection string for the task hub and the artifacts; null starts Azurite.</param>
/// <param name="AzuriteData"><c>EASEL_AZURITE_DATA</c>: Azurite's data folder (default <c>.azurite/</c> in the repository).</param>
/// <param name="TaskHub"><c>EASEL_TASK_HUB</c>: the task hub's name (its queues and tables are prefixed with it).</param>
/// <param name="MaxConcurrentActivities"><c>EASEL_MAX_ACTIVITIES</c>: stage activities running at once, across all generations.</param>
/// <param name="WebRoot"><c>EASEL_WEB</c>: folder of the page served at <c>/</c> (default <c>web/</c> in the repository, when present).</param>
/// <param name="MaxQueuePollingInterval"><c>EASEL_POLL_MS</c>: the longest an idle queue waits between polls.</param>
/// <param name="ApiKeys"><c>EASEL_API_KEY</c>: one key, or several separated by commas (each its own owner); empty asks for none.</param>
/// <param name="PublicUrl"><c>EASEL_PUBLIC_URL</c>: the scheme and host the API's absolute URLs use (default: the first of <c>--urls</c>).</param>
/// <param name="AllowedHosts"><c>EASEL_ALLOWED_HOSTS</c>: Host header values accepted, comma-separated (default: the loopback names and the hosts of <c>--urls</c>).</param>
public sealed record ServeSettings(
    string? StorageConnection,
    string? AzuriteData,
    string TaskHub,
    int MaxConcurrentActivities,
    string? WebRoot,
    TimeSpan MaxQueuePollingInterval,
    IReadOnlyList<string>? ApiKeys = null,
    string? PublicUrl = null,
    IReadOnlyList<string>? AllowedHosts = null)
{
    public static TimeSpan DefaultPolling { get; } = TimeSpan.FromMilliseconds(500);

    public static SettingKey Storage { get; } = new("Storage", "EASEL_STORAGE");
    public static SettingKey AzuriteDataKey { get; } = new("AzuriteData", "EASEL_AZURITE_DATA");
    public static SettingKey TaskHubKey { get; } = new("TaskHub", "EASEL_TASK_HUB");
    public static SettingKey MaxActivities { get; } = new("MaxActivities", "EASEL_MAX_ACTIVITIES");
    public static SettingKey Web { get; } = new("Web", "EASEL_WEB");
    public static SettingKey PollMilliseconds { get; } = new("PollMilliseconds", "EASEL_POLL_MS");
    public static SettingKey ApiKey { get; } = new("ApiKey", "EASEL_API_KEY");
    public static SettingKey AllowedHostsKey { get; } = new("AllowedHosts", "EASEL_ALLOWED_HOSTS");

    public static ServeSettings Read(IConfiguration configuration) => new(
        Storage.Read(configuration),
        AzuriteDataKey.Read(configuration),
        TaskHubKey.Read(configuration) ?? "easel",
        MaxActivities.Positive(configuration, Math.Max(2, Environment.ProcessorCount)),
        Web.Read(configuration),
        TimeSpan.FromMilliseconds(PollMilliseconds.Positive(configuration, (int)DefaultPolling.TotalMilliseconds)),
        ApiKey.List(configuration),
        EaselSettingKeys.PublicUrl.Read(configuration),
        AllowedHostsKey.List(configuration));
}
