using Easel.Pipeline.Style;

namespace Easel.Pipeline.Orchestration.Activities;

public sealed record DecideStyleOutput(StyleDecision Decision, double ElapsedMs);
