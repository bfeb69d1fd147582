namespace Easel.Cli.Generate;

/// <summary>The `generate` command's options, parsed and validated.</summary>
/// <param name="Layers">Also write each revision as layers.ora (OpenRaster: background and one layer per element).</param>
/// <param name="Candidates">How many candidates (variations) each revision paints; with more than one, each is also in <c>rK/cJ/</c>.</param>
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
    bool Layers = false,
    int Candidates = 1);
