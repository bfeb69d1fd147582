namespace Easel.Pipeline.Orchestration.Activities;

/// <param name="Found">False when the asset pack has no image for the element (it is then left out of the picture and reported).</param>
/// <param name="Model">The foreground slot's provenance when its model drew the element, else null.</param>
public sealed record RenderForegroundOutput(string Element, bool Found, double ElapsedMs, IReadOnlyDictionary<string, string>? Model = null);
