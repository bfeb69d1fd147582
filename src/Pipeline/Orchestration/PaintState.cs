using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;

namespace Easel.Pipeline.Orchestration;

/// <summary>Everything the next revision needs to know about the latest one.</summary>
/// <param name="Foregrounds">Elements whose foreground image exists in this revision's folder.</param>
/// <param name="History">Every revision so far, oldest first (the revision tree: each names the one it continued from).</param>
/// <param name="Candidate">Which candidate of its revision this is, when the revision painted several (its folder is
/// <c>r{K}/c{J}/</c>); null for the one in the revision's own folder (candidate 0).</param>
/// <param name="Stylizer">The stylizer that painted the target, and what the manifest records about it.</param>
public sealed record PaintState(
    int Revision,
    SceneDescription Scene,
    StyleDecision Style,
    SceneLayout Layout,
    IReadOnlyList<ForegroundImage> Foregrounds,
    IReadOnlyList<RevisionRecord> History,
    string Stylizer,
    IReadOnlyDictionary<string, string> StylizerDetails,
    int? Candidate = null);
