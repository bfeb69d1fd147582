namespace Easel.Cli.Eval.GenEval;

/// <summary>One drawn copy of an element, as the judge sees it: its box and the colour its pixels classify to.</summary>
/// <param name="Color">The colour name most of its visible pixels classify to (GenEval's ten), or null when unknown.</param>
public sealed record DetectedObject(float X1, float Y1, float X2, float Y2, string? Color);
