using System.Collections.Frozen;
using System.Text.Json;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Text.DataFiles;

namespace Easel.Pipeline.Text;

/// <summary>
/// The words Easel understands, in English and Chinese, and what each means. Built once from the JSON embedded in
/// the assembly (<see cref="LexiconLoader"/>) and immutable afterwards, so one instance serves every thread; the
/// <see cref="TextTokenizer"/> reads text through it.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(LexiconLoader.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The lexicon of the embedded data, loaded on first use.</summary>
    public static Lexicon Default => Shared.Value;

    private readonly FrozenDictionary<string, LexiconEntry> english;
    private readonly FrozenDictionary<string, LexiconEntry> chinese;
    private readonly FrozenDictionary<string, string> emoji;
    private readonly FrozenSet<string> englishColorWords;
    private readonly FrozenDictionary<string, (string Element, string Via, string Relation)> wordnet;
    private readonly TextTokenizer tokenizer;

    internal Lexicon(
        Dictionary<string, LexiconEntry> english, Dictionary<string, LexiconEntry> chinese,
        Dictionary<string, ForegroundInfo> foreground, Dictionary<string, IReadOnlyList<string>> implies,
        Dictionary<EmotionCategory, IReadOnlyList<string>> emotionElements, Dictionary<string, IReadOnlyList<string>> conflicts,
        ChineseNumerals numerals, Dictionary<string, (string Element, string Via, string Relation)> wordnet)
    {
        this.wordnet = wordnet.ToFrozenDictionary(StringComparer.Ordinal);
        this.english = english.ToFrozenDictionary(StringComparer.Ordinal);
        this.chinese = chinese.ToFrozenDictionary(StringComparer.Ordinal);
        Foreground = foreground.ToFrozenDictionary(StringComparer.Ordinal);
        Implies = implies.ToFrozenDictionary(StringComparer.Ordinal);
        EmotionElements = emotionElements.ToFrozenDictionary();
        Conflicts = conflicts.ToFrozenDictionary(StringComparer.Ordinal);
        // Elements can share a glyph (child and person, snowboard and snowboarder): the emoji reads as the first.
        emoji = foreground.Values.Where(f => f.Emoji is not null).GroupBy(f => StripVariation(f.Emoji!), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        Numerals = numerals;
        englishColorWords = english.Where(p => p.Value.Color is not null && !p.Key.Contains(' ')).Select(p => p.Key).ToFrozenSet(StringComparer.Ordinal);
        Colors = english.Values.Concat(chinese.Values).Select(e => e.Color).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();
        MaxEnglishWords = english.Keys.Max(k => k.Count(c => c == ' ') + 1);
        MaxChineseChars = chinese.Keys.Max(k => k.Length);
        tokenizer = new TextTokenizer(this);
    }

    /// <summary>Foreground elements by name.</summary>
    public FrozenDictionary<string, ForegroundInfo> Foreground { get; }

    /// <summary>Background elements that bring another ("star" -> night).</summary>
    public FrozenDictionary<string, IReadOnlyList<string>> Implies { get; }

    /// <summary>Background elements that carry each emotion (joy -> sun, sky, cloud).</summary>
    public FrozenDictionary<EmotionCategory, IReadOnlyList<string>> EmotionElements { get; }

    /// <summary>Elements an emotion element must not join (no sun at night).</summary>
    public FrozenDictionary<string, IReadOnlyList<string>> Conflicts { get; }

    /// <summary>The colour names the colour words give (colors.json): red, orange, yellow, green, blue, purple, pink, brown, black, white, grey.</summary>
    public IReadOnlyList<string> Colors { get; }

    /// <summary>Chinese counts: numerals, classifiers and what collectives and pairs count.</summary>
    internal ChineseNumerals Numerals { get; }

    /// <summary>The most words an English phrase of the lexicon has.</summary>
    internal int MaxEnglishWords { get; }

    /// <summary>The most characters a Chinese word of the lexicon has.</summary>
    internal int MaxChineseChars { get; }

    public bool IsForeground(string name) => Foreground.ContainsKey(name);

    /// <summary>Whether the element can be drawn: the data says it has an image, or a drawing for it has been added since.</summary>
    public bool HasAsset(string name) => Foreground.TryGetValue(name, out var f) && (f.HasAsset || Easel.Pipeline.Foreground.AssetPack.Default.Has(name));

    public ElementRole? RoleOf(string name) =>
        BackgroundNames.IsBackground(name) ? ElementRole.Background : IsForeground(name) ? ElementRole.Foreground : null;

    /// <summary>The entry of an English word or phrase (lower case), trying its singular; null when unknown.</summary>
    public LexiconEntry? LookupEnglish(string phrase) => LookupEnglish(phrase, out _);

    /// <summary>
    /// Whether a scene element answers to a word of a comment: the same element, or the word is one of its
    /// categories or words ("boat" -> sailboat, ship, canoe; "birds" -> goose).
    /// </summary>
    public bool Answers(string elementName, string word)
    {
        word = word.Trim().ToLowerInvariant();
        if (elementName == word) return true;
        var forms = new List<string> { word };
        var space = word.LastIndexOf(' ');
        foreach (var s in EnglishInflection.SingularCandidates(space < 0 ? word : word[(space + 1)..]))
            forms.Add(space < 0 ? s : word[..(space + 1)] + s);
        if (Foreground.TryGetValue(elementName, out var info))
        {
            foreach (var form in forms)
                if (info.Categories.Contains(form) || info.Words.Contains(form)) return true;
        }
        var entry = LookupEnglish(word) ?? LookupChinese(word);
        return entry?.Element == elementName;
    }

    /// <summary>Splits a text (English, Chinese or both) into recognised tokens. Never throws.</summary>
    public IReadOnlyList<TextToken> Tokenize(string? text) => tokenizer.Tokenize(text);

    /// <summary>The entry of a Chinese word as written; null when unknown.</summary>
    internal LexiconEntry? LookupChinese(string word) => chinese.TryGetValue(word, out var entry) ? entry : null;

    /// <summary>Whether a single English word is a colour word ("red", not "dark red").</summary>
    internal bool IsEnglishColorWord(string word) => englishColorWords.Contains(word);

    /// <summary>The element an emoji sequence shows (variation selectors ignored).</summary>
    internal bool TryEmoji(string sequence, out string name) => emoji.TryGetValue(StripVariation(sequence), out name!);

    /// <summary>The entry of an unknown noun that WordNet relates to an element ("sedan" -> car); null when it relates to none.</summary>
    internal LexiconEntry? MapNoun(string noun)
    {
        if (!wordnet.TryGetValue(noun, out var hit)) return null;
        var mapping = new ElementMapping(noun, hit.Via, hit.Relation);
        return Foreground.ContainsKey(hit.Element)
            ? new LexiconEntry { Foreground = hit.Element, MappedFrom = mapping }
            : new LexiconEntry { Background = hit.Element, MappedFrom = mapping };
    }

    internal static string StripVariation(string s) => s.Replace("\uFE0F", "").Replace("\uFE0E", "");

    /// <summary>The entry of an English word or phrase (lower case), trying its singular; <paramref name="plural"/> says
    /// whether the text wrote it in the plural.</summary>
    internal LexiconEntry? LookupEnglish(string phrase, out bool plural)
    {
        plural = false;
        if (phrase.EndsWith("'s", StringComparison.Ordinal)) phrase = phrase[..^2];
        if (english.TryGetValue(phrase, out var entry) && !entry.NamesElement)
        {
            // "water lilies" is a topic as written and names the lotus in the singular: both meanings hold.
            foreach (var singular in EnglishInflection.SingularCandidates(LastWord(phrase)))
            {
                if (english.TryGetValue(Replace(phrase, singular), out var named) && named.NamesElement)
                {
                    plural = true;
                    return entry with { Foreground = named.Foreground, Background = named.Background };
                }
            }
            return entry;
        }
        if (entry is not null)
        {
            // Listed plural forms ("geese", "cranes") still count as plural.
            plural = entry.NamesElement && EnglishInflection.LooksPlural(LastWord(phrase))
                && EnglishInflection.SingularCandidates(LastWord(phrase)).Any(s => english.TryGetValue(Replace(phrase, s), out var e) && e.Element == entry.Element);
            return entry;
        }
        var last = LastWord(phrase);
        foreach (var singular in EnglishInflection.SingularCandidates(last))
        {
            if (english.TryGetValue(Replace(phrase, singular), out entry) && entry.NamesElement)
            {
                plural = true;
                return entry;
            }
        }
        return null;

        static string LastWord(string p) => p[(p.LastIndexOf(' ') + 1)..];
        static string Replace(string p, string last) => p[..(p.LastIndexOf(' ') + 1)] + last;
    }

    /// <summary>A data file as a document: for the tests that check the files apart from the typed readers.</summary>
    internal static JsonDocument Open(string resource) => EmbeddedData.Open(resource);
}
