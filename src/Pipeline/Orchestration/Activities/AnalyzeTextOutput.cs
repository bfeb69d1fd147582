using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Orchestration.Activities;

public sealed record AnalyzeTextOutput(SceneDescription Scene, double ElapsedMs);
