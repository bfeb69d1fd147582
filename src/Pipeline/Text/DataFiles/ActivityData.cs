namespace Easel.Pipeline.Text.DataFiles;

/// <summary>One activity of activities.json: its own words (<c>en</c>, <c>zh</c>), its verbs with a thing, and the figure per kind.</summary>
internal sealed record ActivityData : WordLists
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Verbs { get; set; } = [];
    public IReadOnlyList<string> VerbsZh { get; set; } = [];
    /// <summary>Element names the verbs take ("riding" a "horse").</summary>
    public IReadOnlyList<string> Objects { get; set; } = [];
    /// <summary>The element drawn for each kind of person.</summary>
    public required IReadOnlyDictionary<string, string> Figures { get; init; }
    /// <summary>Elements the figure already shows (the cyclist's bicycle).</summary>
    public IReadOnlyList<string> Absorbs { get; set; } = [];
}
