namespace Easel.Pipeline.Text;

/// <summary>A word or phrase of the text found in the lexicon.</summary>
/// <param name="Cue">The words as they stand in the text.</param>
/// <param name="Plural">The cue is an English plural ("horses").</param>
/// <param name="Position">Word index in the text, for "within a few words" rules (counts, negation).</param>
public sealed record TextMatch(LexiconEntry Entry, string Cue, bool Plural, int Position);
