namespace Easel.Pipeline.Text.DataFiles;

/// <summary>Text/Data/colors.json: the words of each colour name (red: "red", "crimson", "红色"…).</summary>
internal sealed record ColorsFile(IReadOnlyDictionary<string, WordLists> Colors);
