namespace Easel.Pipeline.Text.DataFiles;

/// <summary>One element a topic brings, as topics.json writes it (<see cref="TopicAddition"/>).</summary>
internal sealed record TopicAdditionData
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Unless { get; set; } = [];
    public IReadOnlyList<string> UnlessCategory { get; set; } = [];
}
