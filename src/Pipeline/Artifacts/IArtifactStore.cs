namespace Easel.Pipeline.Artifacts;

/// <summary>
/// Where stage artifacts live: the filesystem (generate, tests) or blob storage (serve, Functions).
/// Keys are '/'-separated relative paths ("{prefix}/r0/target.png"). Writes overwrite, so a retried
/// or replayed activity that writes the same key is harmless.
/// </summary>
public interface IArtifactStore
{
    Task WriteAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default);

    /// <exception cref="ArtifactNotFoundException">No artifact has that key.</exception>
    Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    Task CopyAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken = default);

    /// <summary>Deletes every artifact under <paramref name="prefix"/> (one generation's folder: purge means gone).</summary>
    /// <returns>How many artifacts were deleted.</returns>
    Task<int> DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default);
}
