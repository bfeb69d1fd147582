using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Easel.Extensions.AzureBlobArtifacts;
using Easel.Pipeline.Artifacts;

namespace Easel.Serve.Tests;

/// <summary>The blob artifact store against a real Azurite: layout, overwrite, content types, privacy, copies.</summary>
[Collection(ServeCollection.Name)]
public sealed class BlobArtifactStoreTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Writes_reads_overwrites_and_copies_with_content_types()
    {
        var container = new BlobContainerClient(fixture.ConnectionString, $"test{Guid.NewGuid():N}");
        var store = new BlobArtifactStore(container);
        var key = ArtifactKeys.For("instance1", 0, "target.png");

        Assert.False(await store.ExistsAsync(key));
        await store.WriteAsync(key, new byte[] { 1, 2, 3 }, "image/png");
        await store.WriteAsync(key, new byte[] { 4, 5 }, "image/png"); // a retried activity writes the same blob again
        Assert.Equal(new byte[] { 4, 5 }, await store.ReadAsync(key));
        Assert.True(await store.ExistsAsync(key));

        // The blob layout (a contract, CONTRIBUTING.md), and the content type a browser needs.
        var properties = await container.GetBlobClient("instance1/r0/target.png").GetPropertiesAsync();
        Assert.Equal("image/png", properties.Value.ContentType);

        await store.CopyAsync(key, ArtifactKeys.For("instance1", 1, "target.png"));
        var copied = await container.GetBlobClient("instance1/r1/target.png").GetPropertiesAsync();
        Assert.Equal("image/png", copied.Value.ContentType);
        Assert.Equal(new byte[] { 4, 5 }, await store.ReadAsync(ArtifactKeys.For("instance1", 1, "target.png")));

        // Created private: no anonymous reads.
        var policy = await container.GetAccessPolicyAsync();
        Assert.Equal(PublicAccessType.None, policy.Value.BlobPublicAccess);

        await Assert.ThrowsAsync<ArtifactNotFoundException>(() => store.ReadAsync(ArtifactKeys.For("instance1", 0, "missing.png")));
        await Assert.ThrowsAsync<ArtifactNotFoundException>(() => store.CopyAsync(ArtifactKeys.For("instance1", 5, "x.png"), ArtifactKeys.For("instance1", 6, "x.png")));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ReadAsync("instance1/../other/r0/target.png"));
        await container.DeleteAsync();
    }

    [Fact]
    public async Task Serve_writes_generations_into_the_generations_container()
    {
        var payload = await DurableHttp.StartAsync(fixture.Serve.Client, """{"prompt": "a boat on a lake", "seed": 4, "width": 128, "height": 128}""");
        var id = DurableHttp.Url(payload, "id");
        await DurableHttp.WaitForApiRevisionAsync(fixture.Serve.Client, id, 0);

        var container = new BlobContainerClient(fixture.ConnectionString, BlobArtifactStore.DefaultContainer);
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = $"{id}/" })) names.Add(blob.Name);
        Assert.Contains($"{id}/r0/target.png", names);
        Assert.Contains($"{id}/r0/manifest.json", names);
        Assert.All(names, n => Assert.StartsWith($"{id}/r0/", n));
        var manifest = await container.GetBlobClient($"{id}/r0/manifest.json").GetPropertiesAsync();
        Assert.StartsWith("application/json", manifest.Value.ContentType);

        using var terminate = await fixture.Serve.Client.PostAsync(DurableHttp.Url(payload, "terminatePostUri").Replace("{text}", "done", StringComparison.Ordinal), null);
    }
}
