using System.Collections.Frozen;

namespace Easel.Pipeline.Text.DataFiles;

/// <summary>English and Chinese words, each mapped to a canonical name (<c>"en": {"violet": "purple"}, "zh": {...}</c>).</summary>
internal record WordMaps
{
    public IReadOnlyDictionary<string, string> En { get; set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Zh { get; set; } = new Dictionary<string, string>();

    /// <summary>Inverts named word lists (<c>{"sky": {"en": ["flying", ...], "zh": [...]}}</c>): each word to its name, per language; a later name wins a word listed twice.</summary>
    public static (FrozenDictionary<string, string> En, FrozenDictionary<string, string> Zh) ByWord(IReadOnlyDictionary<string, WordLists> named)
    {
        var en = new Dictionary<string, string>(StringComparer.Ordinal);
        var zh = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, words) in named)
        {
            foreach (var w in words.En) en[w] = name;
            foreach (var w in words.Zh) zh[w] = name;
        }
        return (en.ToFrozenDictionary(StringComparer.Ordinal), zh.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
