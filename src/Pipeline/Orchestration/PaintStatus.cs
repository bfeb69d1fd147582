using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;

namespace Easel.Pipeline.Orchestration;

/// <summary>The orchestration's custom status, set after each stage (kept far below Durable's 16 KB limit).</summary>
/// <param name="Stage">The stage that just finished, or "waiting" / "finished".</param>
/// <param name="Artifacts">Artifact file names present so far in the current revision's folder.</param>
public sealed record PaintStatus(
    string Stage,
    int Revision,
    string Prefix,
    SceneDescription? Scene,
    StyleDecision? Style,
    IReadOnlyList<string> Artifacts,
    IReadOnlyList<RevisionRecord> History);
