namespace Easel.Pipeline.Scene;

/// <param name="Cues">The words of the text the category was read from (empty when it was inferred from the topic or is neutral).</param>
public sealed record EmotionReading(EmotionCategory Category, IReadOnlyList<string> Cues)
{
    public static EmotionReading Neutral { get; } = new(EmotionCategory.Neutral, []);
}
