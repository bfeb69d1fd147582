using Easel.Pipeline.Layout;

namespace Easel.Pipeline.Orchestration.Activities;

public sealed record ComposeSceneOutput(SceneLayout Layout, double ElapsedMs);
