namespace Easel.Pipeline.Style;

/// <summary>Scene elements that together suggest a style ("lotus" -> impressionism).</summary>
/// <param name="All">Every one of these elements must be in the scene.</param>
/// <param name="Why">The reason's wording after the cue words, e.g. "suggests impressionism (Monet's water lilies)".</param>
public sealed record StyleRule(IReadOnlyList<string> All, string Style, double Weight, string Why);
