namespace Easel.Pipeline.Text.DataFiles;

/// <summary>One scenery element of background.json and its words.</summary>
internal sealed record BackgroundElementData : WordLists
{
    public required string Name { get; init; }
    /// <summary>Background elements it brings ("star" -> night); null when none.</summary>
    public IReadOnlyList<string>? Implies { get; init; }
}
