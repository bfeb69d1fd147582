using System.Text.Json.Serialization;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;
using Easel.Pipeline.Text;

namespace Easel.Pipeline.Manifest;

/// <summary>manifest.json of one revision folder (a contract, CONTRIBUTING.md: extend, never change).</summary>
/// <param name="Artifacts">Artifact kind -> file name in the revision folder.</param>
/// <param name="Missing">Foreground elements the text names that have no image (left out of the picture).</param>
/// <param name="Elements">Every element with its colour and, for foreground elements, the boxes of its drawn copies.</param>
/// <param name="Relations">Where the text puts elements relative to each other (held by the boxes).</param>
/// <param name="Setting">The scene the painting is set in.</param>
/// <param name="Edits">What the revision comment was understood to ask (empty for revision 0).</param>
/// <param name="Models">Slot -> provenance (model, file, sha256, execution provider) of the inpaint, foreground and
/// sketch models that ran in this revision; absent when only built-in defaults ran (the stylizer's is in StylizerDetails).</param>
/// <param name="Candidate">Which candidate of the revision this is, when it painted several (variations); absent otherwise.</param>
/// <param name="From">The revision and candidate this revision continued from; absent for revision 0.</param>
public sealed record GenerationManifest(
    string Prompt,
    int Revision,
    string? RevisionText,
    int Seed,
    int Width,
    int Height,
    IReadOnlyList<ManifestElement> Elements,
    IReadOnlyList<SceneRelation> Relations,
    string? Setting,
    EmotionReading Emotion,
    StyleDecision Style,
    string Stylizer,
    IReadOnlyDictionary<string, string> StylizerDetails,
    Tone Tone,
    IReadOnlyList<string> Missing,
    IReadOnlyList<SceneEdit> Edits,
    IReadOnlyDictionary<string, string> Artifacts,
    IReadOnlyDictionary<string, double> TimingsMs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Models = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    int? Candidate = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    Orchestration.RevisionSource? From = null);
