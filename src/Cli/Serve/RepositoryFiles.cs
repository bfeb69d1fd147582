namespace Easel.Cli.Serve;

/// <summary>Finds files of the repository <c>serve</c> runs from (Azurite in node_modules, the web page), walking up from the working folder and the binary.</summary>
public static class RepositoryFiles
{
    public static string? Find(string relativePath)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, relativePath);
                if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>The folder holding <c>package.json</c> next to <c>node_modules</c>: the repository root.</summary>
    public static string? Root() => Find("node_modules/azurite/package.json") is { } azurite
        ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(azurite)!, "..", ".."))
        : null;
}
