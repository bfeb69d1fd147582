using Easel.Pipeline.Layout;

namespace Easel.Pipeline.Initial;

public sealed record ComposeSceneOutput(SceneLayout Layout, double ElapsedMs);
