namespace Easel.Pipeline.Artifacts;

/// <summary>Artifacts as files under a root folder. Each write goes to a temporary file first, so no reader sees half a file.</summary>
public sealed class FileArtifactStore(string root) : IArtifactStore
{
    public string Root { get; } = Path.GetFullPath(root);

    public async Task WriteAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".partial";
        await File.WriteAllBytesAsync(temporary, content.ToArray(), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public async Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) throw new ArtifactNotFoundException(key);
        return await File.ReadAllBytesAsync(path, cancellationToken);
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(File.Exists(PathOf(key)));

    public Task CopyAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken = default)
    {
        var source = PathOf(sourceKey);
        if (!File.Exists(source)) throw new ArtifactNotFoundException(sourceKey);
        var destination = PathOf(destinationKey);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(source, destination, overwrite: true);
        return Task.CompletedTask;
    }

    public Task<int> DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var folder = PathOf(prefix);
        if (!Directory.Exists(folder)) return Task.FromResult(0);
        var count = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count();
        Directory.Delete(folder, recursive: true);
        return Task.FromResult(count);
    }

    private string PathOf(string key)
    {
        ArtifactKeys.Validate(key);
        return Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));
    }
}
