using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Easel.Pipeline.Text;

/// <summary>
/// Splits a text (English, Chinese or both) into the lexicon's tokens: the longest known English phrase first, a noun
/// WordNet maps to an element where the sentence makes it a noun, emoji, the longest known Chinese word, Chinese counts
/// (<see cref="ChineseNumerals"/>), and one unknown token per word of anything else. Never throws.
/// </summary>
public sealed class TextTokenizer(Lexicon lexicon)
{
    /// <summary>Words after which an unknown word is a noun ("a sedan", "two cottages", "the old sedan").</summary>
    private static readonly FrozenSet<string> Determiners = new[]
    {
        "a", "an", "the", "some", "my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those",
        "each", "every", "many", "several", "few", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    }.ToFrozenSet(StringComparer.Ordinal);

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

    private bool TryEmoji(string text, int at, out int length, out string name)
    {
        // Longest emoji sequence first (ZWJ sequences such as the polar bear are up to 8 UTF-16 units here).
        for (length = Math.Min(12, text.Length - at); length > 0; length--)
        {
            if (lexicon.TryEmoji(text.Substring(at, length), out name)) return true;
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
            for (var n = Math.Min(lexicon.MaxEnglishWords, words.Count - i); n >= 1 && !matched; n--)
            {
                var phrase = n == 1 ? words[i] : string.Join(' ', words.Skip(i).Take(n));
                var entry = lexicon.LookupEnglish(phrase, out var plural);
                if (entry is null) continue;
                // "red apple", "white flower" name a glyph, but read as a colour and a thing: the colour binds to the
                // thing and is drawn, whatever glyph the thing has.
                if (n > 1 && entry.Foreground is not null && lexicon.IsEnglishColorWord(words[i])
                    && lexicon.LookupEnglish(string.Join(' ', words.Skip(i + 1).Take(n - 1)), out _)?.Foreground is not null)
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
            || (at >= 2 && Determiners.Contains(words[at - 2]) && lexicon.LookupEnglish(words[at - 1], out _) is not { NamesElement: true });
        if (!nounPosition) return false;
        for (var n = Math.Min(2, words.Count - at); n >= 1; n--)
        {
            var phrase = string.Join(' ', words.Skip(at).Take(n));
            var space = phrase.LastIndexOf(' ');
            foreach (var form in EnglishInflection.SingularCandidates(phrase[(space + 1)..]).Prepend(phrase[(space + 1)..]))
            {
                var candidate = phrase[..(space + 1)] + form;
                if (lexicon.MapNoun(candidate) is not { } mapped) continue;
                entry = mapped;
                plural = candidate != phrase;
                length = n;
                return true;
            }
        }
        return false;
    }

    private void TokenizeChinese(string run, List<TextToken> tokens)
    {
        var i = 0;
        while (i < run.Length)
        {
            var matched = false;
            for (var n = Math.Min(lexicon.MaxChineseChars, run.Length - i); n >= 1; n--)
            {
                if (lexicon.LookupChinese(run.Substring(i, n)) is not { } entry) continue;
                // A numeral that is a dictionary word ("几", "双") still reads as a count when a classifier follows.
                tokens.Add(new TextToken(run.Substring(i, n), entry, false, false));
                i += n;
                matched = true;
                break;
            }
            if (matched) continue;
            if (lexicon.Numerals.TryRead(run, i, out var length, out var count))
            {
                tokens.Add(new TextToken(run.Substring(i, length), new LexiconEntry { Function = WordFunction.Count, Number = count }, false, false));
                i += length;
                continue;
            }
            tokens.Add(new TextToken(run.Substring(i, 1), null, false, false));
            i++;
        }
    }
}
