namespace Easel.Pipeline.Text.DataFiles;

/// <summary>Words that set an emotion only when the text names none ("funeral" -> sadness).</summary>
internal sealed record EmotionTopicData : WordLists
{
    public required string Emotion { get; init; }
}
