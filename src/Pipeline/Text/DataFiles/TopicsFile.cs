namespace Easel.Pipeline.Text.DataFiles;

/// <summary>Text/Data/topics.json: topic words and what they bring.</summary>
internal sealed record TopicsFile(IReadOnlyList<TopicData> Topics);
