namespace Easel.Pipeline.Scene;

/// <param name="Name">English, singular, lower case (also for Chinese input).</param>
/// <param name="Cue">The word of the text that brought the element in.</param>
/// <param name="Color">The colour word the text gives the element ("red", "white"…), or null: the element keeps its own colours.</param>
/// <param name="MappedFrom">Set when the text's word is not in the lexicon and WordNet led to this element ("sedan" -> car).</param>
/// <param name="Scale">How much bigger than usual a background painter draws it ("make the sun bigger"); 1 as painted by default.</param>
public sealed record SceneElement(string Name, ElementRole Role, ElementSource Source, int Count, string Cue, string? Color = null, ElementMapping? MappedFrom = null,
    float Scale = 1)
{
    /// <summary>The most copies of one thing a revision asks for ("twenty birds"); the layout lays out that many readably.</summary>
    public const int MaxCount = 20;
}
