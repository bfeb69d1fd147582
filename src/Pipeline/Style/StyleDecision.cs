namespace Easel.Pipeline.Style;

/// <param name="Name">One of <see cref="StyleNames.All"/>.</param>
/// <param name="Scores">Score per style, 0..1, summing to about 1.</param>
/// <param name="Reasons">Readable reasons for the choice, most important first.</param>
public sealed record StyleDecision(string Name, IReadOnlyDictionary<string, double> Scores, IReadOnlyList<string> Reasons);
