namespace Easel.Pipeline.Text;

/// <summary>One recognised piece of a text.</summary>
/// <param name="Surface">The words of the text as written (lower case), e.g. "water lilies", "鹅".</param>
/// <param name="Entry">What it means; null for a word the lexicon does not know.</param>
/// <param name="Plural">An English plural ("horses"), read from the form of the word.</param>
/// <param name="IsBreak">Punctuation: ends a clause.</param>
public readonly record struct TextToken(string Surface, LexiconEntry? Entry, bool Plural, bool IsBreak)
{
    public static TextToken Break(string surface) => new(surface, null, false, true);
}
