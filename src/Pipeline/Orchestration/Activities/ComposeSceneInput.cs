using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Orchestration.Activities;

/// <param name="PreviousLayout">The previous revision's layout: elements still present keep their places.</param>
public sealed record ComposeSceneInput(StageInput Stage, SceneDescription Scene, int Width, int Height, SceneLayout? PreviousLayout);
