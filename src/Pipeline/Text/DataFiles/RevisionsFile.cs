namespace Easel.Pipeline.Text.DataFiles;

/// <summary>Text/Data/revisions.json: the words of comments that change the composition (<see cref="CompositionParser"/>).</summary>
internal sealed record RevisionsFile
{
    public required WordLists Replace { get; init; }
    public required WordLists Move { get; init; }
    public required WordLists Left { get; init; }
    public required WordLists Right { get; init; }
    public required WordLists Bigger { get; init; }
    public required WordLists Smaller { get; init; }
    public required WordLists Day { get; init; }
    /// <summary>Colour words to the colour they repaint with.</summary>
    public required WordMaps Colors { get; init; }
    public required IReadOnlyList<string> TimesOfDay { get; init; }
    public required IReadOnlyList<string> Seasons { get; init; }
    /// <summary>Each weather element with the weather it sends away.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Weather { get; init; }
}
