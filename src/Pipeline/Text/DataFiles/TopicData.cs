namespace Easel.Pipeline.Text.DataFiles;

/// <summary>A topic of topics.json: its words and the elements they bring ("sailing" -> sailboat, sea).</summary>
internal sealed record TopicData : WordLists
{
    public required IReadOnlyList<TopicAdditionData> Add { get; init; }
}
