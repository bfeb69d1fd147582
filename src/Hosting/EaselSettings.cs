using Easel.Api;
using Easel.Pipeline.Models;
using Easel.Pipeline.Webhooks;
using Microsoft.Extensions.Configuration;

namespace Easel.Hosting;

/// <summary>
/// A host's settings, read once from its configuration (each under <c>Easel:{Name}</c> or its old environment
/// variable, <see cref="SettingKey"/>): the model slots, the artifact store and the HTTP API's options (webhooks included).
/// </summary>
public sealed record EaselSettings(ModelOptions Models, ArtifactSettings Artifacts, ApiOptions Api)
{
    public static EaselSettings Read(IConfiguration configuration)
    {
        var defaults = new ApiOptions();
        var publicUrl = EaselSettingKeys.PublicUrl.Read(configuration);
        return new EaselSettings(
            new ModelOptions(
                EaselSettingKeys.ModelsPath.Read(configuration) ?? ModelOptions.DefaultFolder,
                EaselSettingKeys.ExecutionProvider.Read(configuration)?.ToLowerInvariant() ?? ExecutionProviders.Cpu),
            ArtifactSettings.Read(configuration),
            defaults with
            {
                RevisionWindowMinutes = EaselSettingKeys.RevisionWindowMinutes.Positive(configuration, defaults.RevisionWindowMinutes),
                StartsPerMinute = EaselSettingKeys.StartsPerMinute.Positive(configuration, defaults.StartsPerMinute),
                RevisionsPerMinute = EaselSettingKeys.RevisionsPerMinute.Positive(configuration, defaults.RevisionsPerMinute),
                MaxQueued = EaselSettingKeys.MaxQueued.Positive(configuration, defaults.MaxQueued),
                StorageTimeoutSeconds = EaselSettingKeys.StorageTimeoutSeconds.Positive(configuration, defaults.StorageTimeoutSeconds),
                PublicBaseUri = publicUrl is null ? null : new Uri(publicUrl),
                Webhooks = new WebhookSettings(WebhookSettings.ParseSecret(EaselSettingKeys.WebhookSecret.Read(configuration)),
                    string.Equals(EaselSettingKeys.WebhookAllowPrivate.Read(configuration), "true", StringComparison.OrdinalIgnoreCase)),
            });
    }

    /// <summary>The settings of a process configured only by its environment variables (<c>generate</c>, the tools).</summary>
    public static EaselSettings FromEnvironment() => Read(new ConfigurationBuilder().AddEnvironmentVariables().Build());
}
