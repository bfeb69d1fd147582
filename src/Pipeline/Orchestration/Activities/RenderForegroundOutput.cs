namespace Easel.Pipeline.Orchestration.Activities;

/// <param name="Found">False when the asset pack has no image for the element (it is then left out of the picture and reported).</param>
public sealed record RenderForegroundOutput(string Element, bool Found, double ElapsedMs);
