using System.Text.RegularExpressions;

namespace Easel.Pipeline.Artifacts;

/// <summary>The blob layout (a contract, CONTRIBUTING.md): {prefix}/r{K}/{artifact}.</summary>
public static partial class ArtifactKeys
{
    public const string Initial = "initial.png";
    public const string Regions = "regions.png";
    public const string Background = "background.png";
    public const string Merged = "merged.png";

    /// <summary>Which element the merge drew at each pixel (<see cref="Merge.ElementMattes"/>), for the sketch.</summary>
    public const string Mattes = "mattes.png";
    public const string Sketch = "sketch.png";
    public const string Target = "target.png";
    public const string Manifest = "manifest.json";

    public static string Foreground(string element) => $"foreground-{element.Replace(' ', '-')}.png";

    /// <summary>The pictures every revision folder holds, in the order the stages make them.</summary>
    public static IReadOnlyList<string> Pictures(IEnumerable<string> foregroundElements) =>
        [Initial, Regions, Background, .. foregroundElements.Select(Foreground), Merged, Mattes, Sketch, Target];

    /// <param name="prefix">The generation's folder (its instance id), or "" when the store holds one generation.</param>
    public static string For(string prefix, int revision, string artifact) =>
        prefix.Length == 0 ? $"r{revision}/{artifact}" : $"{prefix}/r{revision}/{artifact}";

    /// <summary>
    /// One candidate's copy of an artifact when a revision paints several (variations): <c>{prefix}/r{K}/c{J}/{artifact}</c>.
    /// A null candidate is the revision's own folder, which always holds candidate 0 (so clients that know only
    /// <c>r{K}/target.png</c> keep working).
    /// </summary>
    public static string For(string prefix, int revision, int? candidate, string artifact) =>
        candidate is { } c ? For(prefix, revision, $"{CandidateFolder(c)}/{artifact}") : For(prefix, revision, artifact);

    /// <summary>The folder of candidate <paramref name="candidate"/> inside its revision folder ("c2").</summary>
    public static string CandidateFolder(int candidate) => $"c{candidate}";

    /// <summary>True for a plain artifact file name (what a client may ask for): letters, digits, '-', '.', no path.</summary>
    public static bool IsArtifactName(string name) => ArtifactName().IsMatch(name) && !name.Contains("..");

    /// <summary>Rejects keys that could leave the store's root.</summary>
    public static void Validate(string key)
    {
        if (key.Length == 0 || key.StartsWith('/') || key.Contains('\\') || key.Split('/').Any(s => s is "" or "." or ".."))
            throw new ArgumentException($"Invalid artifact key '{key}'.", nameof(key));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{0,80}$")]
    private static partial Regex ArtifactName();
}
