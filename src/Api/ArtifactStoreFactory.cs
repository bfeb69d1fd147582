using Azure.Identity;
using Azure.Storage.Blobs;
using Easel.Pipeline.Artifacts;

namespace Easel.Api;

/// <summary>
/// Picks the artifact store from settings, the same way in both hosts: a folder (<c>ArtifactsPath</c>), a blob
/// account URL with the ambient Azure identity (<c>ArtifactsAccountUrl</c>, managed identity in Azure), or a
/// storage connection string (Azurite or an account key).
/// </summary>
public static class ArtifactStoreFactory
{
    public static IArtifactStore Create(string? path, string? accountUrl, string? connectionString, string container = BlobArtifactStore.DefaultContainer)
    {
        if (!string.IsNullOrWhiteSpace(path)) return new FileArtifactStore(path);
        if (!string.IsNullOrWhiteSpace(accountUrl))
        {
            var service = new BlobServiceClient(new Uri(accountUrl), new DefaultAzureCredential());
            return new BlobArtifactStore(service.GetBlobContainerClient(container));
        }
        if (!string.IsNullOrWhiteSpace(connectionString)) return BlobArtifactStore.FromConnectionString(connectionString, container);
        throw new InvalidOperationException("No artifact store configured: set an artifacts path, a blob account URL or a storage connection string.");
    }
}
