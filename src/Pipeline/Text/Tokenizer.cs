using System.Collections.Frozen;
using System.Globalization;

namespace Easel.Pipeline.Text;

/// <summary>
/// Finds the lexicon's words in a text: English by longest phrase first (with plurals folded to singular),
/// Chinese by forward maximum matching over the lexicon's Chinese words. Unknown words are skipped.
/// </summary>
public sealed class Tokenizer(Lexicon lexicon)
{
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>
    {
        ["geese"] = "goose", ["mice"] = "mouse", ["wolves"] = "wolf", ["leaves"] = "leaf", ["children"] = "child",
        ["people"] = "person", ["men"] = "man", ["women"] = "woman", ["oxen"] = "ox", ["cacti"] = "cactus",
        ["calves"] = "calf", ["octopi"] = "octopus", ["teeth"] = "tooth", ["feet"] = "foot", ["dice"] = "die",
    }.ToFrozenDictionary();

    public IReadOnlyList<TextMatch> Find(string text)
    {
        var matches = new List<TextMatch>();
        var position = 0;
        foreach (var (segment, chinese) in Segments(text))
        {
            if (chinese) FindChinese(segment, matches, ref position);
            else FindEnglish(segment, matches, ref position);
        }
        return matches;
    }

    /// <summary>English singular forms a word may be the plural of, most likely first.</summary>
    public static IEnumerable<string> SingularForms(string word)
    {
        if (Irregular.TryGetValue(word, out var irregular)) yield return irregular;
        if (word.Length <= 3) yield break;
        if (word.EndsWith("ies", StringComparison.Ordinal)) yield return word[..^3] + "y";
        if (word.EndsWith("ves", StringComparison.Ordinal))
        {
            yield return word[..^3] + "f";
            yield return word[..^3] + "fe";
        }
        if (word.EndsWith("es", StringComparison.Ordinal)) yield return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) yield return word[..^1];
    }

    private void FindEnglish(string segment, List<TextMatch> matches, ref int position)
    {
        var words = Lexicon.Normalize(segment).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < words.Length)
        {
            var match = MatchAt(words, i, position + i);
            if (match is null)
            {
                if (int.TryParse(words[i], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 100)
                    matches.Add(new TextMatch(new LexiconEntry(EntryKind.Number, Number: number), words[i], false, position + i));
                i++;
                continue;
            }
            matches.Add(match.Value.Match);
            i += match.Value.Length;
        }
        position += words.Length;
    }

    private (TextMatch Match, int Length)? MatchAt(string[] words, int start, int position)
    {
        for (var n = Math.Min(lexicon.LongestEnglishPhrase, words.Length - start); n >= 1; n--)
        {
            var phrase = string.Join(' ', words, start, n);
            var head = n == 1 ? "" : string.Join(' ', words, start, n - 1) + " ";
            var last = words[start + n - 1];
            if (lexicon.English.TryGetValue(phrase, out var entry))
            {
                // "cranes" is listed as it stands; it is still a plural when its singular names the same element.
                var plural = SingularForms(last).Any(s => lexicon.English.TryGetValue(head + s, out var single) && single.Element == entry.Element && entry.Element is not null);
                return (new TextMatch(entry, phrase, plural, position), n);
            }
            foreach (var singular in SingularForms(last))
            {
                if (lexicon.English.TryGetValue(head + singular, out entry) && entry.Kind is EntryKind.Foreground or EntryKind.Background)
                    return (new TextMatch(entry, phrase, true, position), n);
            }
        }
        return null;
    }

    private void FindChinese(string segment, List<TextMatch> matches, ref int position)
    {
        var i = 0;
        while (i < segment.Length)
        {
            var found = false;
            for (var n = Math.Min(lexicon.LongestChineseWord, segment.Length - i); n >= 1; n--)
            {
                var word = segment.Substring(i, n);
                if (!lexicon.Chinese.TryGetValue(word, out var entry)) continue;
                matches.Add(new TextMatch(entry, word, false, position));
                i += n;
                found = true;
                break;
            }
            if (!found) i++;
            position++;
        }
    }

    /// <summary>Splits a text into runs of Chinese characters and runs of everything else.</summary>
    private static IEnumerable<(string Text, bool Chinese)> Segments(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && IsHan(text[i]) == IsHan(text[start])) continue;
            yield return (text[start..i], IsHan(text[start]));
            start = i;
        }
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
