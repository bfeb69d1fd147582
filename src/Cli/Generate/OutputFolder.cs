using System.Text.RegularExpressions;

namespace Easel.Cli.Generate;

/// <summary>
/// The --out folder, written all at once: the generation goes to a staging folder beside it, which replaces
/// the folder only when every revision is complete. A failed run leaves the old folder as it was.
/// </summary>
sealed partial class OutputFolder
{
    private OutputFolder(string path)
    {
        Path = path;
        Staging = $"{path}.partial-{Environment.ProcessId}";
    }

    public string Path { get; }

    public string Staging { get; }

    /// <returns>The folder, or a one-line reason why it cannot be written.</returns>
    public static (OutputFolder? Folder, string? Problem) Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path.Length == 0 ? "." : path);
        if (File.Exists(full)) return (null, $"--out '{path}' is a file, not a folder");
        if (Directory.Exists(full))
        {
            var foreign = Directory.EnumerateFileSystemEntries(full).Select(System.IO.Path.GetFileName)
                .FirstOrDefault(name => !RevisionFolder().IsMatch(name!));
            if (foreign is not null)
                return (null, $"--out '{path}' holds '{foreign}', which is not a generation's; choose an empty or new folder");
        }
        var parent = System.IO.Path.GetDirectoryName(full);
        if (parent is not null && !Directory.Exists(parent)) return (null, $"the folder above --out '{path}' does not exist");
        return (new OutputFolder(full), null);
    }

    public void Commit()
    {
        var old = $"{Path}.old-{Environment.ProcessId}";
        var replacing = Directory.Exists(Path);
        if (replacing) Directory.Move(Path, old);
        Directory.Move(Staging, Path);
        if (replacing) Directory.Delete(old, recursive: true);
    }

    public void Discard()
    {
        if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
    }

    [GeneratedRegex(@"^r\d+$")]
    private static partial Regex RevisionFolder();
}
