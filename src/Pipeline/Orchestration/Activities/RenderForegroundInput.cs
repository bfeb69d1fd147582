namespace Easel.Pipeline.Orchestration.Activities;

/// <param name="Size">Side of the square image in pixels: the largest placement of the element.</param>
public sealed record RenderForegroundInput(StageInput Stage, string Element, int Size);
