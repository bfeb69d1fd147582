using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Orchestration.Activities;

/// <param name="Text">The revision comment.</param>
public sealed record ReviseSceneInput(SceneDescription Scene, string Text);
