using Easel.Pipeline.Scene;
using Easel.Pipeline.Text.DataFiles;

namespace Easel.Pipeline.Text;

/// <summary>
/// Builds the <see cref="Lexicon"/> from the data files embedded in the assembly (Text/Data/*.json and
/// Style/Data/styles.json, read as typed records by <see cref="DataFilesJsonContext"/>). Grammar first, so that data
/// words override nothing by accident: later files fill other slots of a word's entry only.
/// </summary>
internal sealed class LexiconLoader
{
    private readonly Dictionary<string, LexiconEntry> english = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LexiconEntry> chinese = new(StringComparer.Ordinal);

    public static Lexicon Load() => new LexiconLoader().Build();

    private Lexicon Build()
    {
        var numerals = AddGrammar(EmbeddedData.Read("Text.Data.grammar.json", DataFilesJsonContext.Default.GrammarFile));

        var implies = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var element in EmbeddedData.Read("Text.Data.background.json", DataFilesJsonContext.Default.BackgroundFile).Elements)
        {
            var name = element.Name;
            if (!BackgroundNames.IsBackground(name)) throw new InvalidDataException($"background.json: '{name}' is not in BackgroundNames");
            Add("en", name, e => e with { Background = name });
            AddAll(element, e => e with { Background = name });
            if (element.Implies is { } brought) implies[name] = brought;
        }

        var foreground = new Dictionary<string, ForegroundInfo>(StringComparer.Ordinal);
        foreach (var element in EmbeddedData.Read("Text.Data.foreground.json", DataFilesJsonContext.Default.ForegroundFile).Elements)
        {
            var name = element.Name;
            foreground[name] = new ForegroundInfo(name, element.Emoji, element.Asset, element.Categories, element.En.Append(name).Distinct().ToArray(),
                element.Recolor is { } scope ? Enum.Parse<Foreground.RecolorScope>(scope, ignoreCase: true) : Foreground.RecolorScope.Body);
            Add("en", name, e => e.Background is null ? e with { Foreground = name } : e);
            AddAll(element, e => e.Background is null && e.Foreground is null ? e with { Foreground = name } : e);
        }

        foreach (var (color, words) in EmbeddedData.Read("Text.Data.colors.json", DataFilesJsonContext.Default.ColorsFile).Colors)
            AddAll(words, e => e with { Color = color });

        foreach (var topic in EmbeddedData.Read("Text.Data.topics.json", DataFilesJsonContext.Default.TopicsFile).Topics)
        {
            var adds = topic.Add.Select(a => new TopicAddition(a.Name, a.Unless, a.UnlessCategory)).ToArray();
            AddAll(topic, e => e with { Topic = adds });
        }

        var emotions = EmbeddedData.Read("Text.Data.emotions.json", DataFilesJsonContext.Default.EmotionsFile);
        var emotionElements = new Dictionary<EmotionCategory, IReadOnlyList<string>>();
        foreach (var (name, data) in emotions.Categories)
        {
            var category = Enum.Parse<EmotionCategory>(name, ignoreCase: true);
            emotionElements[category] = data.Elements;
            AddAll(data, e => e with { Emotion = category });
        }
        var conflicts = new Dictionary<string, IReadOnlyList<string>>(emotions.Conflicts, StringComparer.Ordinal);
        foreach (var topic in emotions.Topics)
        {
            var category = Enum.Parse<EmotionCategory>(topic.Emotion, ignoreCase: true);
            AddAll(topic, e => e with { TopicEmotion = category });
        }

        foreach (var (style, data) in EmbeddedData.Read("Style.Data.styles.json", DataFilesJsonContext.Default.StylesFile).Styles)
            AddAll(data, e => e with { Style = style });

        var wordnet = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        foreach (var (noun, mapping) in EmbeddedData.Read("Text.Data.wordnet.json", DataFilesJsonContext.Default.WordNetFile).Nouns)
        {
            if (mapping.Count != 3) throw new InvalidDataException($"wordnet.json: '{noun}' maps to [{string.Join(", ", mapping)}], not [element, via, relation]");
            // Only what this lexicon can place: a data file regenerated apart from the other cannot add elements.
            if (foreground.ContainsKey(mapping[0]) || BackgroundNames.IsBackground(mapping[0]))
                wordnet[noun] = (mapping[0], mapping[1], mapping[2]);
        }

        return new Lexicon(english, chinese, foreground, implies, emotionElements, conflicts, numerals, wordnet);
    }

    private ChineseNumerals AddGrammar(GrammarFile grammar)
    {
        foreach (var (word, number) in grammar.Counts.En) Add("en", word, e => e with { Function = WordFunction.Count, Number = number });
        foreach (var (word, number) in grammar.Counts.Zh) Add("zh", word, e => e with { Function = WordFunction.Count, Number = number });
        AddAll(grammar.Negations, e => e with { Function = WordFunction.Negation });
        AddAll(grammar.Boundaries, e => e.Function == WordFunction.None ? e with { Function = WordFunction.Boundary } : e);
        foreach (var (kind, words) in grammar.Revisions)
        {
            var function = Enum.Parse<WordFunction>(kind, ignoreCase: true);
            AddAll(words, e => e.Function == WordFunction.None ? e with { Function = function } : e);
        }
        var classifiers = grammar.Classifiers.Select(Character).ToArray();
        foreach (var classifier in grammar.ClassifierCounts.Keys.Select(Character))
        {
            if (!classifiers.Contains(classifier)) throw new InvalidDataException($"grammar.json: classifierCounts has '{classifier}', which is not a classifier");
        }
        return new ChineseNumerals(classifiers, grammar.ClassifierCounts.ToDictionary(p => Character(p.Key), p => p.Value));

        static char Character(string classifier) => classifier.Length == 1
            ? classifier[0]
            : throw new InvalidDataException($"grammar.json: classifier '{classifier}' is not one character");
    }

    private void AddAll(WordLists words, Func<LexiconEntry, LexiconEntry> update)
    {
        foreach (var (language, word) in words.Words()) Add(language, word, update);
    }

    private void Add(string language, string word, Func<LexiconEntry, LexiconEntry> update)
    {
        var words = language == "en" ? english : chinese;
        word = language == "en" ? word.Trim().ToLowerInvariant() : word.Trim();
        if (word.Length == 0) return;
        words[word] = update(words.TryGetValue(word, out var entry) ? entry : new LexiconEntry());
    }
}
