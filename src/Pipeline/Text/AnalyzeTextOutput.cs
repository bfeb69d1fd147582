using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

public sealed record AnalyzeTextOutput(SceneDescription Scene, double ElapsedMs);
