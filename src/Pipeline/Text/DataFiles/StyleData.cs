namespace Easel.Pipeline.Text.DataFiles;

/// <summary>One style of styles.json: its renderer and the words that name it ("ukiyo-e", "Monet", "水墨").</summary>
internal sealed record StyleData : WordLists
{
    public required string Painter { get; init; }
}
