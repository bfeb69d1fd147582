namespace Easel.Pipeline.Scene;

/// <summary>
/// Why an element stands for a word of the text: WordNet related an unknown word to it ("sedan" -> car), or the text
/// shows a person doing something and the element is that activity's figure ("a boy surfing" -> surfer).
/// </summary>
/// <param name="Word">The word of the text ("sedan"; for an activity, the person: "boy").</param>
/// <param name="Via">The WordNet word that matched the element ("car"), or the activity ("surfing").</param>
/// <param name="Relation">"synonym" (same meaning), "hypernym" (the word is a kind of <paramref name="Via"/>) or
/// "activity" (the person is drawn in the pose of <paramref name="Via"/>).</param>
public sealed record ElementMapping(string Word, string Via, string Relation);
