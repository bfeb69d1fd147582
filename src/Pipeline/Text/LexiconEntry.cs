using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

/// <summary>
/// Everything one word or phrase means. A word can mean several things at once: "lovers" names a couple and
/// is a passion cue; "water lilies" names the lotus and is a topic that brings a pond.
/// </summary>
public sealed record LexiconEntry
{
    public string? Foreground { get; init; }
    public string? Background { get; init; }
    public IReadOnlyList<TopicAddition>? Topic { get; init; }
    /// <summary>An emotion word: a cue of this category.</summary>
    public EmotionCategory? Emotion { get; init; }
    /// <summary>A word that sets an emotion only when the text names none ("funeral" -> sadness).</summary>
    public EmotionCategory? TopicEmotion { get; init; }
    /// <summary>A style word ("ukiyo-e", "Monet", "水墨"): one of the style names.</summary>
    public string? Style { get; init; }
    /// <summary>A colour word ("red", "白色"): the colour name it gives the element it describes.</summary>
    public string? Color { get; init; }
    /// <summary>Set on an unknown noun that WordNet maps to the element ("sedan" -> car).</summary>
    public ElementMapping? MappedFrom { get; init; }
    public WordFunction Function { get; init; }
    /// <summary>The count of a <see cref="WordFunction.Count"/> word.</summary>
    public int Number { get; init; }

    public bool NamesElement => Foreground is not null || Background is not null;

    /// <summary>The element the word names; background wins where a word is both (data keeps that rare).</summary>
    public string? Element => Background ?? Foreground;
}
