namespace Easel.Pipeline.Text.DataFiles;

/// <summary>Text/Data/grammar.json: function words of prompts and revision comments.</summary>
internal sealed record GrammarFile
{
    public required CountWords Counts { get; init; }
    /// <summary>Chinese classifiers (只, 匹, 群…): a numeral before one is a count.</summary>
    public required IReadOnlyList<string> Classifiers { get; init; }
    /// <summary>Classifiers that change the numeral's count; any other counts the numeral as it is.</summary>
    public IReadOnlyDictionary<string, ClassifierCount> ClassifierCounts { get; set; } = new Dictionary<string, ClassifierCount>();
    public required WordLists Negations { get; init; }
    public required WordLists Boundaries { get; init; }
    /// <summary>Revision words by kind (add, remove, darker…), in the file's order: the first kind a word has wins.</summary>
    public required IReadOnlyDictionary<string, WordLists> Revisions { get; init; }
}
