using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

/// <summary>
/// The words Easel understands, in English and Chinese, and the tokenizer over them. Built once from the
/// JSON embedded in the assembly (Text/Data/*.json, Style/Data/styles.json) and immutable afterwards, so one
/// instance serves every thread.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The lexicon of the embedded data, loaded on first use.</summary>
    public static Lexicon Default => Shared.Value;

    private readonly FrozenDictionary<string, LexiconEntry> english;
    private readonly FrozenDictionary<string, LexiconEntry> chinese;
    private readonly FrozenDictionary<string, string> emoji;
    private readonly FrozenSet<char> classifiers;
    private readonly FrozenSet<string> englishColorWords;
    private readonly FrozenDictionary<string, (string Element, string Via, string Relation)> wordnet;

    /// <summary>Words after which an unknown word is a noun ("a sedan", "two cottages", "the old sedan").</summary>
    private static readonly FrozenSet<string> Determiners = new[]
    {
        "a", "an", "the", "some", "my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those",
        "each", "every", "many", "several", "few", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    }.ToFrozenSet(StringComparer.Ordinal);
    private readonly int maxEnglishWords;
    private readonly int maxChineseChars;

    private Lexicon(
        Dictionary<string, LexiconEntry> english, Dictionary<string, LexiconEntry> chinese,
        Dictionary<string, ForegroundInfo> foreground, Dictionary<string, IReadOnlyList<string>> implies,
        Dictionary<EmotionCategory, IReadOnlyList<string>> emotionElements, Dictionary<string, IReadOnlyList<string>> conflicts,
        IEnumerable<char> classifiers, Dictionary<string, (string Element, string Via, string Relation)> wordnet)
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
        this.classifiers = classifiers.ToFrozenSet();
        englishColorWords = english.Where(p => p.Value.Color is not null && !p.Key.Contains(' ')).Select(p => p.Key).ToFrozenSet(StringComparer.Ordinal);
        Colors = english.Values.Concat(chinese.Values).Select(e => e.Color).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();
        maxEnglishWords = english.Keys.Max(k => k.Count(c => c == ' ') + 1);
        maxChineseChars = chinese.Keys.Max(k => k.Length);
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
        var entry = LookupEnglish(word) ?? (chinese.TryGetValue(word, out var zh) ? zh : null);
        return entry?.Element == elementName;
    }

    /// <summary>Splits a text (English, Chinese or both) into recognised tokens. Never throws.</summary>
    public IReadOnlyList<TextToken> Tokenize(string? text)
    {
        var tokens = new List<TextToken>();
        if (string.IsNullOrWhiteSpace(text)) return tokens;
        text = Normalize(text);
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && (IsWordChar(text[i]) || ((text[i] is '-' or '\'') && i + 1 < text.Length && IsWordChar(text[i + 1])))) i++;
                words.Add(text[start..i]);
                continue;
            }
            if (c is ' ' or '\t' or '\u00a0') { i++; continue; }
            FlushEnglish(words, tokens);
            if (IsHan(c))
            {
                var start = i;
                while (i < text.Length && IsHan(text[i])) i++;
                TokenizeChinese(text[start..i], tokens);
                continue;
            }
            // A lone surrogate decodes as U+FFFD with a length of one: odd input never throws.
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            if (Rune.IsLetter(rune) || Rune.IsDigit(rune))
            {
                // Other scripts: one unknown token per letter run, so reaches and counts still measure distance.
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]) && !IsHan(text[i]) && !IsWordChar(text[i])) i++;
                if (i == start) i += consumed;
                tokens.Add(new TextToken(text[start..i], null, false, false));
                continue;
            }
            if (TryEmoji(text, i, out var length, out var name))
            {
                tokens.Add(new TextToken(text.Substring(i, length), new LexiconEntry { Foreground = name }, false, false));
                i += length;
                continue;
            }
            if (Rune.IsPunctuation(rune) || Rune.IsSymbol(rune) || Rune.IsControl(rune)) tokens.Add(TextToken.Break(rune.ToString()));
            i += Math.Max(1, consumed);
        }
        FlushEnglish(words, tokens);
        return tokens;
    }

    private static string Normalize(string text)
    {
        // Full-width forms ("ｄｏｇ", "３", "，", the ideographic space) read as ASCII. Done by hand: the
        // product runs with invariant globalization, where string.Normalize is not available for all text.
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= '\uFF01' and <= '\uFF5E') chars[i] = (char)(c - 0xFEE0);
            else if (c == '\u3000') chars[i] = ' ';
        }
        return new string(chars).ToLowerInvariant();
    }

    private static bool IsWordChar(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    private static string StripVariation(string s) => s.Replace("\uFE0F", "").Replace("\uFE0E", "");

    private bool TryEmoji(string text, int at, out int length, out string name)
    {
        // Longest emoji sequence first (ZWJ sequences such as the polar bear are up to 8 UTF-16 units here).
        for (length = Math.Min(12, text.Length - at); length > 0; length--)
        {
            if (emoji.TryGetValue(StripVariation(text.Substring(at, length)), out name!)) return true;
        }
        name = "";
        return false;
    }

    private void FlushEnglish(List<string> words, List<TextToken> tokens)
    {
        var i = 0;
        while (i < words.Count)
        {
            var matched = false;
            for (var n = Math.Min(maxEnglishWords, words.Count - i); n >= 1 && !matched; n--)
            {
                var phrase = n == 1 ? words[i] : string.Join(' ', words.Skip(i).Take(n));
                var entry = LookupEnglish(phrase, out var plural);
                if (entry is null) continue;
                // "red apple", "white flower" name a glyph, but read as a colour and a thing: the colour binds to the
                // thing and is drawn, whatever glyph the thing has.
                if (n > 1 && entry.Foreground is not null && englishColorWords.Contains(words[i])
                    && LookupEnglish(string.Join(' ', words.Skip(i + 1).Take(n - 1)), out _)?.Foreground is not null)
                    continue;
                tokens.Add(new TextToken(phrase, entry, plural, false));
                i += n;
                matched = true;
            }
            if (matched) continue;
            if (TryWordNet(words, i, out var length, out var mappedEntry, out var mappedPlural))
            {
                tokens.Add(new TextToken(string.Join(' ', words.Skip(i).Take(length)), mappedEntry, mappedPlural, false));
                i += length;
                continue;
            }
            var word = words[i++];
            if (word.All(char.IsAsciiDigit) && int.TryParse(word, CultureInfo.InvariantCulture, out var number))
                tokens.Add(new TextToken(word, new LexiconEntry { Function = WordFunction.Count, Number = Math.Clamp(number, 1, 50) }, false, false));
            else tokens.Add(new TextToken(word, null, false, false));
        }
        words.Clear();
    }

    /// <summary>
    /// An unknown noun (two words or one) that WordNet relates to an element, where the sentence makes it a noun:
    /// after a determiner or a number, with at most one word between ("a red sedan").
    /// </summary>
    private bool TryWordNet(List<string> words, int at, out int length, out LexiconEntry entry, out bool plural)
    {
        entry = null!;
        plural = false;
        length = 0;
        // One word may stand between, when it is no thing itself: "a red sedan", "an old jeep", not "a dog running".
        var nounPosition = (at >= 1 && Determiners.Contains(words[at - 1]))
            || (at >= 2 && Determiners.Contains(words[at - 2]) && LookupEnglish(words[at - 1], out _) is not { NamesElement: true });
        if (!nounPosition) return false;
        for (var n = Math.Min(2, words.Count - at); n >= 1; n--)
        {
            var phrase = string.Join(' ', words.Skip(at).Take(n));
            var space = phrase.LastIndexOf(' ');
            foreach (var form in EnglishInflection.SingularCandidates(phrase[(space + 1)..]).Prepend(phrase[(space + 1)..]))
            {
                var candidate = phrase[..(space + 1)] + form;
                if (!wordnet.TryGetValue(candidate, out var hit)) continue;
                var mapping = new ElementMapping(candidate, hit.Via, hit.Relation);
                entry = Foreground.ContainsKey(hit.Element)
                    ? new LexiconEntry { Foreground = hit.Element, MappedFrom = mapping }
                    : new LexiconEntry { Background = hit.Element, MappedFrom = mapping };
                plural = candidate != phrase;
                length = n;
                return true;
            }
        }
        return false;
    }

    private LexiconEntry? LookupEnglish(string phrase, out bool plural)
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

    private void TokenizeChinese(string run, List<TextToken> tokens)
    {
        var i = 0;
        while (i < run.Length)
        {
            var matched = false;
            for (var n = Math.Min(maxChineseChars, run.Length - i); n >= 1; n--)
            {
                if (!chinese.TryGetValue(run.Substring(i, n), out var entry)) continue;
                // A numeral that is a dictionary word ("几", "双") still reads as a count when a classifier follows.
                tokens.Add(new TextToken(run.Substring(i, n), entry, false, false));
                i += n;
                matched = true;
                break;
            }
            if (matched) continue;
            if (TryChineseCount(run, i, out var length, out var count))
            {
                tokens.Add(new TextToken(run.Substring(i, length), new LexiconEntry { Function = WordFunction.Count, Number = count }, false, false));
                i += length;
                continue;
            }
            tokens.Add(new TextToken(run.Substring(i, 1), null, false, false));
            i++;
        }
    }

    /// <summary>"三只", "两匹", "十二头", "一群" (a flock reads as five): a numeral, then a classifier.</summary>
    private bool TryChineseCount(string run, int at, out int length, out int count)
    {
        var j = at;
        var value = 0;
        var current = 0;
        var any = false;
        while (j < run.Length)
        {
            var d = "零一二三四五六七八九".IndexOf(run[j], StringComparison.Ordinal);
            if (run[j] == '两') d = 2;
            if (d >= 0) { current = d; any = true; j++; continue; }
            if (run[j] == '十') { value += (current == 0 ? 1 : current) * 10; current = 0; any = true; j++; continue; }
            if (run[j] == '百') { value += (current == 0 ? 1 : current) * 100; current = 0; any = true; j++; continue; }
            break;
        }
        value += current;
        length = j - at;
        count = Math.Clamp(value, 1, 50);
        if (!any || j >= run.Length || !classifiers.Contains(run[j])) return false;
        if (run[j] == '群' || run[j] == '队') count = Math.Max(count, 5);
        if (run[j] is '对' or '双') count *= 2;
        length++;
        return true;
    }

    private static Lexicon Load()
    {
        var english = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var chinese = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var foreground = new Dictionary<string, ForegroundInfo>(StringComparer.Ordinal);
        var implies = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var emotionElements = new Dictionary<EmotionCategory, IReadOnlyList<string>>();
        var conflicts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        void Add(string lang, string word, Func<LexiconEntry, LexiconEntry> update)
        {
            var dict = lang == "en" ? english : chinese;
            word = lang == "en" ? word.Trim().ToLowerInvariant() : word.Trim();
            if (word.Length == 0) return;
            dict[word] = update(dict.TryGetValue(word, out var e) ? e : new LexiconEntry());
        }

        // Grammar first, so that data words override nothing by accident: later files fill other slots only.
        using (var grammar = Open("Text.Data.grammar.json"))
        {
            var root = grammar.RootElement;
            foreach (var (lang, words) in Languages(root.GetProperty("counts")))
                foreach (var p in words.EnumerateObject())
                    Add(lang, p.Name, e => e with { Function = WordFunction.Count, Number = p.Value.GetInt32() });
            foreach (var (lang, words) in Languages(root.GetProperty("negations")))
                foreach (var w in Strings(words)) Add(lang, w, e => e with { Function = WordFunction.Negation });
            foreach (var (lang, words) in Languages(root.GetProperty("boundaries")))
                foreach (var w in Strings(words)) Add(lang, w, e => e.Function == WordFunction.None ? e with { Function = WordFunction.Boundary } : e);
            foreach (var kind in root.GetProperty("revisions").EnumerateObject())
            {
                var function = Enum.Parse<WordFunction>(kind.Name, ignoreCase: true);
                foreach (var (lang, words) in Languages(kind.Value))
                    foreach (var w in Strings(words)) Add(lang, w, e => e.Function == WordFunction.None ? e with { Function = function } : e);
            }
            var classifierList = Strings(root.GetProperty("classifiers")).Select(s => s[0]).ToArray();
            return Build(classifierList);
        }

        Lexicon Build(char[] classifierList)
        {
            using (var bg = Open("Text.Data.background.json"))
            {
                foreach (var el in bg.RootElement.GetProperty("elements").EnumerateArray())
                {
                    var name = el.GetProperty("name").GetString()!;
                    if (!BackgroundNames.IsBackground(name)) throw new InvalidDataException($"background.json: '{name}' is not in BackgroundNames");
                    Add("en", name, e => e with { Background = name });
                    foreach (var (lang, words) in Languages(el))
                        foreach (var w in Strings(words)) Add(lang, w, e => e with { Background = name });
                    if (el.TryGetProperty("implies", out var imp)) implies[name] = Strings(imp).ToArray();
                }
            }
            using (var fg = Open("Text.Data.foreground.json"))
            {
                foreach (var el in fg.RootElement.GetProperty("elements").EnumerateArray())
                {
                    var name = el.GetProperty("name").GetString()!;
                    var en = Strings(el.GetProperty("en")).ToArray();
                    foreground[name] = new ForegroundInfo(
                        name,
                        el.TryGetProperty("emoji", out var em) && em.ValueKind == JsonValueKind.String ? em.GetString() : null,
                        el.GetProperty("asset").GetBoolean(),
                        Strings(el.GetProperty("categories")).ToArray(),
                        en.Append(name).Distinct().ToArray(),
                        el.TryGetProperty("recolor", out var rc) ? Enum.Parse<Easel.Pipeline.Foreground.RecolorScope>(rc.GetString()!, ignoreCase: true)
                            : Easel.Pipeline.Foreground.RecolorScope.Body);
                    Add("en", name, e => e.Background is null ? e with { Foreground = name } : e);
                    foreach (var (lang, words) in Languages(el))
                        foreach (var w in Strings(words)) Add(lang, w, e => e.Background is null && e.Foreground is null ? e with { Foreground = name } : e);
                }
            }
            using (var colors = Open("Text.Data.colors.json"))
            {
                foreach (var c in colors.RootElement.GetProperty("colors").EnumerateObject())
                    foreach (var (lang, words) in Languages(c.Value))
                        foreach (var w in Strings(words)) Add(lang, w, e => e with { Color = c.Name });
            }
            using (var topics = Open("Text.Data.topics.json"))
            {
                foreach (var t in topics.RootElement.GetProperty("topics").EnumerateArray())
                {
                    var adds = t.GetProperty("add").EnumerateArray().Select(a => new TopicAddition(
                        a.GetProperty("name").GetString()!,
                        a.TryGetProperty("unless", out var u) ? Strings(u).ToArray() : [],
                        a.TryGetProperty("unlessCategory", out var uc) ? Strings(uc).ToArray() : [])).ToArray();
                    foreach (var (lang, words) in Languages(t))
                        foreach (var w in Strings(words)) Add(lang, w, e => e with { Topic = adds });
                }
            }
            using (var emotions = Open("Text.Data.emotions.json"))
            {
                foreach (var c in emotions.RootElement.GetProperty("categories").EnumerateObject())
                {
                    var category = Enum.Parse<EmotionCategory>(c.Name, ignoreCase: true);
                    emotionElements[category] = Strings(c.Value.GetProperty("elements")).ToArray();
                    foreach (var (lang, words) in Languages(c.Value))
                        foreach (var w in Strings(words)) Add(lang, w, e => e with { Emotion = category });
                }
                foreach (var c in emotions.RootElement.GetProperty("conflicts").EnumerateObject())
                    conflicts[c.Name] = Strings(c.Value).ToArray();
                foreach (var t in emotions.RootElement.GetProperty("topics").EnumerateArray())
                {
                    var category = Enum.Parse<EmotionCategory>(t.GetProperty("emotion").GetString()!, ignoreCase: true);
                    foreach (var (lang, words) in Languages(t))
                        foreach (var w in Strings(words)) Add(lang, w, e => e with { TopicEmotion = category });
                }
            }
            using (var styles = Open("Style.Data.styles.json"))
            {
                foreach (var s in styles.RootElement.GetProperty("styles").EnumerateObject())
                {
                    foreach (var (lang, words) in Languages(s.Value))
                        foreach (var w in Strings(words)) Add(lang, w, e => e with { Style = s.Name });
                }
            }
            var wordnet = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
            using (var nouns = Open("Text.Data.wordnet.json"))
            {
                foreach (var p in nouns.RootElement.GetProperty("nouns").EnumerateObject())
                {
                    var element = p.Value[0].GetString()!;
                    // Only what this lexicon can place: a data file regenerated apart from the other cannot add elements.
                    if (foreground.ContainsKey(element) || BackgroundNames.IsBackground(element))
                        wordnet[p.Name] = (element, p.Value[1].GetString()!, p.Value[2].GetString()!);
                }
            }
            return new Lexicon(english, chinese, foreground, implies, emotionElements, conflicts, classifierList, wordnet);
        }
    }

    internal static JsonDocument Open(string resource)
    {
        var assembly = typeof(Lexicon).Assembly;
        var name = "Easel.Pipeline." + resource;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Embedded resource {name} is missing from {assembly.GetName().Name}.");
        return JsonDocument.Parse(stream);
    }

    private static IEnumerable<(string Lang, JsonElement Words)> Languages(JsonElement element)
    {
        if (element.TryGetProperty("en", out var en)) yield return ("en", en);
        if (element.TryGetProperty("zh", out var zh)) yield return ("zh", zh);
    }

    private static IEnumerable<string> Strings(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().Select(e => e.GetString() ?? "") : [];
}
