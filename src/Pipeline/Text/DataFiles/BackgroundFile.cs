namespace Easel.Pipeline.Text.DataFiles;

/// <summary>Text/Data/background.json: the scenery elements.</summary>
internal sealed record BackgroundFile(IReadOnlyList<BackgroundElementData> Elements);
