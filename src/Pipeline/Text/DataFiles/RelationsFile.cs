namespace Easel.Pipeline.Text.DataFiles;

/// <summary>Text/Data/relations.json: relation words (<c>en</c>, <c>zh</c>) to canonical relation names, and motion verbs to the place they imply (<see cref="RelationParser"/>).</summary>
internal sealed record RelationsFile : WordMaps
{
    public required IReadOnlyDictionary<string, WordLists> Motion { get; init; }
}
