using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

/// <summary>What a word or phrase of the text means to Easel.</summary>
/// <param name="Element">The canonical element name (Foreground, Background).</param>
/// <param name="Elements">The elements a topic word brings in (Topic).</param>
/// <param name="Emotion">The emotion a word carries (Emotion), or a topic's emotion hint (Topic).</param>
/// <param name="Number">The count a number word gives (Number).</param>
public sealed record LexiconEntry(
    EntryKind Kind,
    string? Element = null,
    IReadOnlyList<string>? Elements = null,
    EmotionCategory? Emotion = null,
    int Number = 0);
