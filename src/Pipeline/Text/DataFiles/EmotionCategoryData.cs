namespace Easel.Pipeline.Text.DataFiles;

/// <summary>An emotion of emotions.json: its cue words and the scenery elements that carry it.</summary>
internal sealed record EmotionCategoryData : WordLists
{
    public IReadOnlyList<string> Elements { get; set; } = [];
}
