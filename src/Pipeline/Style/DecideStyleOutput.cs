namespace Easel.Pipeline.Style;

public sealed record DecideStyleOutput(StyleDecision Decision, double ElapsedMs);
