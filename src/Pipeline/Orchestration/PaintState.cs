using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;

namespace Easel.Pipeline.Orchestration;

/// <summary>Everything the next revision needs to know about the latest one.</summary>
/// <param name="Foregrounds">Elements whose foreground image exists in this revision's folder.</param>
/// <param name="History">Every revision so far, oldest first.</param>
/// <param name="Stylizer">The stylizer that painted the target, and what the manifest records about it.</param>
public sealed record PaintState(
    int Revision,
    SceneDescription Scene,
    StyleDecision Style,
    SceneLayout Layout,
    IReadOnlyList<ForegroundImage> Foregrounds,
    IReadOnlyList<RevisionRecord> History,
    string Stylizer,
    IReadOnlyDictionary<string, string> StylizerDetails);
