namespace Easel.Pipeline.Text.DataFiles;

/// <summary>grammar.json's <c>counts</c>: words that give a number ("a pair of" 2, "一群" 5), per language.</summary>
internal sealed record CountWords
{
    public IReadOnlyDictionary<string, int> En { get; set; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> Zh { get; set; } = new Dictionary<string, int>();
}
