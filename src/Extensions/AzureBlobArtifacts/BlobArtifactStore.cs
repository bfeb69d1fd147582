using Azure;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Easel.Pipeline.Artifacts;

namespace Easel.Extensions.AzureBlobArtifacts;

/// <summary>
/// Artifacts as blobs in one private container (the blob layout contract of CONTRIBUTING.md: <c>generations/{instanceId}/r{K}/{artifact}</c>), on
/// Azurite or Azure. Writes overwrite, so an activity that runs twice (at-least-once delivery) leaves the same blob.
/// The container is created (private) on first use; how the client authenticates is the host's choice.
/// </summary>
public sealed class BlobArtifactStore : IArtifactStore
{
    public const string DefaultContainer = "generations";

    private readonly BlobContainerClient container;
    private readonly Lock gate = new();
    private Task? creation;

    public BlobArtifactStore(BlobContainerClient container) => this.container = container;

    /// <summary>A store on the account of a connection string (Azurite's or an account key's).</summary>
    public static BlobArtifactStore FromConnectionString(string connectionString, string containerName = DefaultContainer) =>
        new(new BlobContainerClient(connectionString, containerName));

    /// <summary>A store on the account at <paramref name="accountUrl"/>, signed in as the ambient Azure identity (managed identity in Azure).</summary>
    public static BlobArtifactStore FromAccountUrl(Uri accountUrl, string containerName = DefaultContainer) =>
        new(new BlobServiceClient(accountUrl, new DefaultAzureCredential()).GetBlobContainerClient(containerName));

    public BlobContainerClient Container => container;

    public async Task WriteAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default)
    {
        var blob = await BlobAsync(key, cancellationToken);
        // A single-shot upload replaces the blob atomically: no reader sees half an image.
        await blob.UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
        }, cancellationToken);
    }

    public async Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var blob = await BlobAsync(key, cancellationToken);
        try
        {
            var result = await blob.DownloadContentAsync(cancellationToken);
            return result.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new ArtifactNotFoundException(key);
        }
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
    {
        var blob = await BlobAsync(key, cancellationToken);
        return (await blob.ExistsAsync(cancellationToken)).Value;
    }

    public async Task CopyAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken = default)
    {
        var source = await BlobAsync(sourceKey, cancellationToken);
        var destination = await BlobAsync(destinationKey, cancellationToken);
        BlobDownloadResult content;
        try
        {
            content = (await source.DownloadContentAsync(cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new ArtifactNotFoundException(sourceKey);
        }
        // Download and upload rather than a server-side copy: artifacts are small, and a synchronous
        // copy from URL needs a SAS the store may not be able to issue (managed identity).
        await destination.UploadAsync(content.Content, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = content.Details.ContentType },
        }, cancellationToken);
    }

    public async Task<int> DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArtifactKeys.Validate(prefix);
        await EnsureContainerAsync();
        var count = 0;
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix.TrimEnd('/') + "/" }, cancellationToken))
        {
            if ((await container.DeleteBlobIfExistsAsync(item.Name, cancellationToken: cancellationToken)).Value) count++;
        }
        return count;
    }

    private async Task<BlobClient> BlobAsync(string key, CancellationToken cancellationToken)
    {
        ArtifactKeys.Validate(key);
        cancellationToken.ThrowIfCancellationRequested();
        await EnsureContainerAsync();
        return container.GetBlobClient(key);
    }

    /// <summary>Creates the container once per process; a failed attempt is retried by the next call, not cached.</summary>
    private Task EnsureContainerAsync()
    {
        lock (gate)
        {
            if (creation is null || creation.IsFaulted || creation.IsCanceled)
                creation = container.CreateIfNotExistsAsync(PublicAccessType.None);
            return creation;
        }
    }
}
