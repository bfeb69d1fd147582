namespace Easel.Pipeline.Scene;

/// <summary>Why an element stands for a word the lexicon does not know: WordNet related them.</summary>
/// <param name="Word">The word of the text ("sedan").</param>
/// <param name="Via">The WordNet word that matched the element ("car").</param>
/// <param name="Relation">"synonym" (same meaning) or "hypernym" (the word is a kind of <paramref name="Via"/>).</param>
public sealed record ElementMapping(string Word, string Via, string Relation);
