using Easel.Extensions.AzureBlobArtifacts;
using Microsoft.Extensions.Configuration;

namespace Easel.Hosting;

/// <summary>Where the artifacts go: the first of a folder, a blob account URL, a connection string.</summary>
/// <param name="Path">A folder instead of blob storage.</param>
/// <param name="AccountUrl">A blob endpoint, signed in as the ambient Azure identity.</param>
/// <param name="Connection">A storage connection string (Azurite or an account key).</param>
/// <param name="Container">The blob container.</param>
public sealed record ArtifactSettings(string? Path, string? AccountUrl, string? Connection, string Container = BlobArtifactStore.DefaultContainer)
{
    public static ArtifactSettings Read(IConfiguration configuration) => new(
        EaselSettingKeys.ArtifactsPath.Read(configuration),
        EaselSettingKeys.ArtifactsAccountUrl.Read(configuration),
        // The Functions host's own storage (Azurite locally) when no other account is named.
        EaselSettingKeys.ArtifactsConnection.Read(configuration) ?? NonEmpty(configuration["AzureWebJobsStorage"]),
        EaselSettingKeys.ArtifactsContainer.Read(configuration) ?? BlobArtifactStore.DefaultContainer);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
