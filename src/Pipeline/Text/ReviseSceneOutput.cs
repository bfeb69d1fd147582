using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

/// <param name="Edits">What the comment was understood to ask; empty when nothing was understood.</param>
public sealed record ReviseSceneOutput(SceneDescription Scene, IReadOnlyList<SceneEdit> Edits, double ElapsedMs);
