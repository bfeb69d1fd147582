using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Easel.Cli.Generate;

/// <summary>
/// The --out folder, written all at once: the generation goes to a staging folder beside it, which replaces
/// the folder only when every revision is complete. A failed or interrupted run leaves the old folder as it was and
/// removes its staging folder; a staging folder left by a run that was killed outright is removed by the next run.
/// </summary>
sealed partial class OutputFolder
{
    private const string StagingMark = ".partial-";
    private const string OldMark = ".old-";
    private volatile bool interrupted;

    private OutputFolder(string path, string shownAs)
    {
        Path = path;
        ShownAs = shownAs;
        Staging = $"{path}{StagingMark}{Environment.ProcessId}";
    }

    public string Path { get; }

    public string Staging { get; }

    /// <summary>The folder as the user wrote it, for messages.</summary>
    public string ShownAs { get; }

    /// <returns>The folder, or a one-line reason why it cannot be written.</returns>
    public static (OutputFolder? Folder, string? Problem) Open(string path)
    {
        // "out/" and "out" are the same folder: without the trailing separator the parent is "." and not "out" itself.
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path.Length == 0 ? "." : path));
        if (File.Exists(full)) return (null, $"--out '{path}' is a file, not a folder");
        if (Directory.Exists(full))
        {
            var foreign = Directory.EnumerateFileSystemEntries(full).Select(System.IO.Path.GetFileName)
                .FirstOrDefault(name => !RevisionFolder().IsMatch(name!));
            if (foreign is not null)
                return (null, $"--out '{path}' holds '{foreign}', which is not a generation's; choose an empty or new folder");
        }
        for (var above = System.IO.Path.GetDirectoryName(full); above is not null; above = System.IO.Path.GetDirectoryName(above))
        {
            if (File.Exists(above)) return (null, $"--out '{path}' is inside '{above}', which is a file");
            if (Directory.Exists(above)) break;
        }
        return (new OutputFolder(full, path), null);
    }

    /// <summary>
    /// Creates the missing folders above --out (as <c>mkdir -p</c> does), removes staging folders of earlier runs of
    /// this folder that are no longer running, and checks that the staging folder can be written.
    /// </summary>
    /// <returns>Null, or a one-line reason naming the folder that cannot be written.</returns>
    public string? Prepare()
    {
        var parent = System.IO.Path.GetDirectoryName(Path)!;
        try
        {
            Directory.CreateDirectory(parent);
            RemoveStale(parent);
            Directory.CreateDirectory(Staging);
            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return $"cannot write to '{parent}' (for --out '{ShownAs}'): {Reason(e)}";
        }
    }

    /// <summary>Ctrl+C or SIGTERM: the staging folder goes now, and nothing is committed afterwards.</summary>
    public void Interrupt()
    {
        interrupted = true;
        Discard();
    }

    public void Commit()
    {
        if (interrupted) throw new OperationCanceledException("interrupted");
        var old = $"{Path}{OldMark}{Environment.ProcessId}";
        var replacing = Directory.Exists(Path);
        if (replacing) Directory.Move(Path, old);
        Directory.Move(Staging, Path);
        if (replacing) Directory.Delete(old, recursive: true);
    }

    public void Discard()
    {
        try
        {
            if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
        }
        catch (IOException)
        {
            // A stage still writing into it as we go: the next run removes what is left (RemoveStale).
        }
    }

    /// <summary>One short line for a filesystem failure, without .NET's type names or the full path twice.</summary>
    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        IOException io when io.Message.Contains("No space", StringComparison.OrdinalIgnoreCase) => "no space left on the device",
        IOException io when io.Message.Contains("Read-only", StringComparison.OrdinalIgnoreCase) => "the file system is read-only",
        _ => e.Message.Split('\n')[0].Trim(),
    };

    private void RemoveStale(string parent)
    {
        var name = System.IO.Path.GetFileName(Path);
        foreach (var folder in Directory.EnumerateDirectories(parent, $"{name}.*"))
        {
            var suffix = System.IO.Path.GetFileName(folder)[name.Length..];
            var match = StaleSuffix().Match(suffix);
            if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid)) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Someone else's, or going away: leave it.
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId) return false;
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^r\d+$")]
    private static partial Regex RevisionFolder();

    [GeneratedRegex(@"^\.(?:partial|old)-(\d{1,10})$")]
    private static partial Regex StaleSuffix();
}
