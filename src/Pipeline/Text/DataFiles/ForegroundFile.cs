namespace Easel.Pipeline.Text.DataFiles;

/// <summary>Text/Data/foreground.json: the drawable things.</summary>
internal sealed record ForegroundFile(IReadOnlyList<ForegroundElementData> Elements);
