namespace Easel.Cli.Generate;

/// <summary>The `generate` command's options, parsed and validated.</summary>
public sealed record GenerateOptions(
    string Text,
    string OutDirectory,
    int Seed,
    int Width,
    int Height,
    string? Style,
    string Stylizer,
    double? StyleStrength,
    IReadOnlyList<string> Revisions);
