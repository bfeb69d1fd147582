namespace Easel.Cli.Generate;

/// <summary>The `generate` command's options, parsed and validated.</summary>
/// <param name="Layers">Also write each revision as layers.ora (OpenRaster: background and one layer per element).</param>
public sealed record GenerateOptions(
    string Text,
    string OutDirectory,
    int Seed,
    int Width,
    int Height,
    string? Style,
    string Stylizer,
    double? StyleStrength,
    IReadOnlyList<string> Revisions,
    bool Layers = false);
