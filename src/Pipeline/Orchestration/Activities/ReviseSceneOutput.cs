using Easel.Pipeline.Scene;
using Easel.Pipeline.Text;

namespace Easel.Pipeline.Orchestration.Activities;

/// <param name="Edits">What the comment was understood to ask; empty when nothing was understood.</param>
public sealed record ReviseSceneOutput(SceneDescription Scene, IReadOnlyList<SceneEdit> Edits, double ElapsedMs);
