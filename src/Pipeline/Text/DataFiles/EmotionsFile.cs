namespace Easel.Pipeline.Text.DataFiles;

/// <summary>Text/Data/emotions.json: emotion words by category, the elements that must not join an emotion
/// element (no sun at night), and the topic words of an emotion.</summary>
internal sealed record EmotionsFile(
    IReadOnlyDictionary<string, EmotionCategoryData> Categories,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Conflicts,
    IReadOnlyList<EmotionTopicData> Topics);
