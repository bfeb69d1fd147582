namespace Easel.Hosting;

/// <summary>The settings every host reads (docs/hosting.md lists them with their defaults).</summary>
public static class EaselSettingKeys
{
    /// <summary>The folder holding models.json (in Azure, the synced copy of the models container).</summary>
    public static SettingKey ModelsPath { get; } = new("ModelsPath", "EASEL_MODELS");

    /// <summary><c>cpu</c> or <c>cuda</c>: where the model slots run.</summary>
    public static SettingKey ExecutionProvider { get; } = new("ExecutionProvider", "EASEL_EXECUTION_PROVIDER");

    /// <summary>A folder for the artifacts instead of blob storage.</summary>
    public static SettingKey ArtifactsPath { get; } = new("ArtifactsPath", "EASEL_ARTIFACTS");

    /// <summary>A blob endpoint reached with the ambient Azure identity (managed identity in Azure).</summary>
    public static SettingKey ArtifactsAccountUrl { get; } = new("ArtifactsAccountUrl");

    /// <summary>A storage connection string for the artifacts; <c>EASEL_STORAGE</c> is serve's account for everything.</summary>
    public static SettingKey ArtifactsConnection { get; } = new("ArtifactsConnection", "EASEL_STORAGE");

    /// <summary>The blob container of the artifacts.</summary>
    public static SettingKey ArtifactsContainer { get; } = new("ArtifactsContainer");

    /// <summary>How long a generation waits for the next comment, in minutes.</summary>
    public static SettingKey RevisionWindowMinutes { get; } = new("RevisionWindowMinutes");

    /// <summary>Starts per caller per minute (also the burst).</summary>
    public static SettingKey StartsPerMinute { get; } = new("StartsPerMinute", "EASEL_STARTS_PER_MINUTE");

    /// <summary>Revisions per caller per minute (also the burst).</summary>
    public static SettingKey RevisionsPerMinute { get; } = new("RevisionsPerMinute", "EASEL_REVISIONS_PER_MINUTE");

    /// <summary>Generations accepted and not yet painted before a start gets 503.</summary>
    public static SettingKey MaxQueued { get; } = new("MaxQueued", "EASEL_MAX_QUEUED");

    /// <summary>How long a request waits for storage before it answers 503, in seconds.</summary>
    public static SettingKey StorageTimeoutSeconds { get; } = new("StorageTimeoutSeconds", "EASEL_STORAGE_TIMEOUT_S");

    /// <summary>The webhooks' signing secret (Standard Webhooks' <c>whsec_&lt;base64&gt;</c>); without it a start's callbackUrl is refused.</summary>
    public static SettingKey WebhookSecret { get; } = new("WebhookSecret", "EASEL_WEBHOOK_SECRET");

    /// <summary><c>true</c> lets webhooks go to loopback, private and link-local addresses (tests, closed networks).</summary>
    public static SettingKey WebhookAllowPrivate { get; } = new("WebhookAllowPrivate", "EASEL_WEBHOOK_ALLOW_PRIVATE");

    /// <summary>The scheme and host of the URLs the API hands out.</summary>
    public static SettingKey PublicUrl { get; } = new("PublicUrl", "EASEL_PUBLIC_URL");
}
