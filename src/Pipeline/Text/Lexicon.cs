using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

/// <summary>
/// Every word and phrase the text stage knows, in English and Chinese: the generated foreground vocabulary
/// (foreground.json: emoji names and CLDR keywords) and the hand-written lexicon (lexicon.json: scenery,
/// synonyms, topics, emotions, numbers, negation). Immutable once built; <see cref="Default"/> is built once.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(() => new Lexicon(ReadResource("foreground.json"), ReadResource("lexicon.json")));

    // Keywords too generic to name one thing ("animal", "face"), or that belong to scenery and mood instead;
    // lexicon.json's keywordStoplist adds the CLDR keywords that describe rather than name (adjectives, verbs, zodiac signs).
    private static readonly FrozenSet<string> Generic = FrozenSet.ToFrozenSet(
    [
        "animal", "animals", "nature", "face", "pet", "bird", "plant", "flower", "tree", "boat", "vehicle", "travel",
        "food", "fruit", "toy", "sport", "music", "instrument", "building", "place", "person", "man", "woman", "red",
        "green", "blue", "black", "white", "big", "small", "baby", "young", "old", "water", "sea", "ocean", "fly",
        "wing", "house", "home", "horse", "farm", "wild", "zoo", "dog", "cat", "fish", "insect", "bug", "动物", "植物",
    ]);

    public static Lexicon Default => Shared.Value;

    /// <summary>Entries by English phrase (lower case, words separated by one space).</summary>
    public FrozenDictionary<string, LexiconEntry> English { get; }

    /// <summary>Entries by Chinese word.</summary>
    public FrozenDictionary<string, LexiconEntry> Chinese { get; }

    /// <summary>Foreground elements that have an image, by name.</summary>
    public FrozenDictionary<string, ForegroundInfo> Foreground { get; }

    /// <summary>Elements each emotion brings in, and the elements that keep each from being added.</summary>
    public FrozenDictionary<EmotionCategory, IReadOnlyList<string>> EmotionElements { get; }

    public FrozenDictionary<string, IReadOnlyList<string>> EmotionConflicts { get; }

    public int LongestEnglishPhrase { get; }

    public int LongestChineseWord { get; }

    public Lexicon(string foregroundJson, string lexiconJson)
    {
        var generated = JsonNode.Parse(foregroundJson)!["elements"]!.AsArray();
        var data = JsonNode.Parse(lexiconJson)!.AsObject();
        var english = new Dictionary<string, LexiconEntry>();
        var chinese = new Dictionary<string, LexiconEntry>();
        void Add(string word, LexiconEntry entry, bool overwrite)
        {
            var key = Normalize(word);
            if (key.Length == 0) return;
            var target = IsChinese(key) ? chinese : english;
            if (overwrite || !target.ContainsKey(key)) target[key] = entry;
        }

        var stoplist = Strings(data["keywordStoplist"]).ToHashSet();

        // Lowest precedence first: specific CLDR keywords, then hand-written words, then element names.
        var keywordOwners = generated
            .SelectMany(e => Strings(e!["enKeywords"]).Concat(Str(e, "subgroup") is "person-activity" or "person-sport" ? [] : Strings(e["zhKeywords"])).Distinct().Select(k => (Keyword: Normalize(k), Name: Str(e, "name"))))
            .GroupBy(k => k.Keyword).Where(g => g.Count() == 1 && !Generic.Contains(g.Key) && !stoplist.Contains(g.Key) && g.Key.Length >= (IsChinese(g.Key) ? 2 : 4))
            .Select(g => g.Single());
        foreach (var (keyword, name) in keywordOwners) Add(keyword, new LexiconEntry(EntryKind.Foreground, name), overwrite: false);

        foreach (var (category, words) in data["emotions"]!.AsObject())
            foreach (var word in Strings(words)) Add(word, new LexiconEntry(EntryKind.Emotion, Emotion: ParseEmotion(category)), overwrite: true);
        foreach (var (name, words) in data["background"]!.AsObject())
            foreach (var word in Strings(words).Append(name)) Add(word, new LexiconEntry(EntryKind.Background, name), overwrite: true);
        foreach (var (name, words) in data["foregroundSynonyms"]!.AsObject())
            foreach (var word in Strings(words)) Add(word, new LexiconEntry(EntryKind.Foreground, name), overwrite: true);
        foreach (var element in generated)
        {
            var name = Str(element, "name");
            // Chinese names of people doing things are verbs ("游泳" swimming, "奔跑" running): they would turn
            // "ducks swimming" into a swimmer. Those elements are found by their English names and synonyms.
            var chineseNames = Str(element, "subgroup") is "person-activity" or "person-sport" ? [] : Strings(element!["zh"]);
            foreach (var word in Strings(element!["en"]).Concat(chineseNames).Append(name))
                Add(word, new LexiconEntry(EntryKind.Foreground, name), overwrite: true);
        }
        foreach (var (topic, value) in data["topics"]!.AsObject())
        {
            var emotion = value!["emotion"] is { } e ? ParseEmotion(e.GetValue<string>()) : (EmotionCategory?)null;
            Add(topic, new LexiconEntry(EntryKind.Topic, Elements: [.. Strings(value["elements"])], Emotion: emotion), overwrite: true);
        }
        foreach (var (word, number) in data["numbers"]!.AsObject())
            Add(word, new LexiconEntry(EntryKind.Number, Number: number!.GetValue<int>()), overwrite: true);
        foreach (var word in Strings(data["measureWords"])) Add(word, new LexiconEntry(EntryKind.MeasureWord), overwrite: true);
        foreach (var word in Strings(data["negations"])) Add(word, new LexiconEntry(EntryKind.Negation), overwrite: true);

        English = english.ToFrozenDictionary();
        Chinese = chinese.ToFrozenDictionary();
        Foreground = generated.Select(e => new ForegroundInfo(Str(e, "name"), Str(e, "emoji"), Str(e, "subgroup")))
            .ToFrozenDictionary(f => f.Name);
        EmotionElements = data["emotionElements"]!.AsObject()
            .ToFrozenDictionary(p => ParseEmotion(p.Key), p => (IReadOnlyList<string>)[.. Strings(p.Value)]);
        EmotionConflicts = data["emotionConflicts"]!.AsObject().Where(p => p.Key != "about")
            .ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. Strings(p.Value)]);
        LongestEnglishPhrase = English.Keys.Max(k => k.Count(c => c == ' ') + 1);
        LongestChineseWord = Chinese.Keys.Max(k => k.Length);
    }

    /// <summary>True when the element is drawn as scenery rather than as a separate image.</summary>
    public static bool IsBackground(string element) => BackgroundNames.IsBackground(element);

    public static bool IsChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    /// <summary>Lower case, punctuation folded to spaces (hyphens kept inside words), single spaces.</summary>
    public static string Normalize(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) || c == '-' || c == '\'' ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('-', '\'')).Where(w => w.Length > 0));
    }

    private static EmotionCategory ParseEmotion(string name) => Enum.Parse<EmotionCategory>(name, ignoreCase: true);

    private static string Str(JsonNode? node, string property) => node![property]!.GetValue<string>();

    private static IEnumerable<string> Strings(JsonNode? node) => node?.AsArray().Select(n => n!.GetValue<string>()) ?? [];

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Easel.Data." + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
