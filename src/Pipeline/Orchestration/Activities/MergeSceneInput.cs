using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Orchestration.Activities;

/// <param name="Foregrounds">Elements whose foreground image exists in the revision folder.</param>
public sealed record MergeSceneInput(StageInput Stage, SceneDescription Scene, SceneLayout Layout, IReadOnlyList<string> Foregrounds);
