namespace Easel.Pipeline.Orchestration;

/// <summary>A foreground image present in a revision folder, and the size it was rendered at.</summary>
public sealed record ForegroundImage(string Element, int Size);
