namespace Easel.Pipeline.Text.DataFiles;

/// <summary>Text/Data/wordnet.json (tools/MapNouns): an unknown noun -> [element, the WordNet word it went through, the relation].</summary>
internal sealed record WordNetFile(IReadOnlyDictionary<string, IReadOnlyList<string>> Nouns);
