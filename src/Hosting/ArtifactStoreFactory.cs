using Easel.Extensions.AzureBlobArtifacts;
using Easel.Pipeline.Artifacts;

namespace Easel.Hosting;

/// <summary>
/// Picks the artifact store from settings, the same way in every host: a folder, a blob account URL with the ambient
/// Azure identity (managed identity in Azure), or a storage connection string (Azurite or an account key).
/// </summary>
public static class ArtifactStoreFactory
{
    public static IArtifactStore Create(ArtifactSettings settings)
    {
        if (settings.Path is { } path) return new FileArtifactStore(path);
        if (settings.AccountUrl is { } url) return BlobArtifactStore.FromAccountUrl(new Uri(url), settings.Container);
        if (settings.Connection is { } connection) return BlobArtifactStore.FromConnectionString(connection, settings.Container);
        throw new InvalidOperationException("No artifact store configured: set an artifacts path, a blob account URL or a storage connection string.");
    }
}
