using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;

namespace Easel.Pipeline.Orchestration;

/// <summary>The orchestration's custom status, set after each stage (kept far below Durable's 16 KB limit).</summary>
/// <param name="Stage">The stage that just finished, or another of <see cref="StageNames"/> (started, waiting, finished).</param>
/// <param name="Artifacts">Artifact file names present so far in the current revision's folder.</param>
public sealed record PaintStatus(
    string Stage,
    int Revision,
    string Prefix,
    SceneDescription? Scene,
    StyleDecision? Style,
    IReadOnlyList<string> Artifacts,
    IReadOnlyList<RevisionRecord> History)
{
    /// <summary>The status of a complete revision: every artifact of its folder is there.</summary>
    public static PaintStatus Of(string stage, string prefix, PaintState state) =>
        new(stage, state.Revision, prefix, state.Scene, state.Style,
            [.. ArtifactKeys.Pictures(state.Foregrounds.Select(f => f.Element)), ArtifactKeys.Manifest], state.History);
}
