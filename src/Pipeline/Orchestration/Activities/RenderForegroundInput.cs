namespace Easel.Pipeline.Orchestration.Activities;

/// <param name="Size">Side of the square image in pixels: the largest placement of the element.</param>
/// <param name="Color">The colour word the text gives the element, or null for its own colours.</param>
public sealed record RenderForegroundInput(StageInput Stage, string Element, int Size, string? Color = null);
