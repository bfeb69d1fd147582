using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;

namespace Easel.Api;

/// <summary>
/// The body of <c>GET /api/generations/{id}</c>: where the generation is, what it is drawing (scene and style in
/// the manifest's shape), the URLs of the current revision's artifacts and every revision so far.
/// </summary>
/// <param name="Stage">The stage that just finished, "waiting" (revision <paramref name="Revision"/> is complete and a comment may follow) or "finished".</param>
/// <param name="Ready">True when every artifact of <paramref name="Revision"/> has been written.</param>
/// <param name="Progress">How far revision <paramref name="Revision"/> (or the next one being painted) is, 0..1.</param>
/// <param name="EtaSeconds">About how long until it is ready (from the stages' measured costs); null once the generation has ended.</param>
/// <param name="Layers">The current revision as an OpenRaster file (<c>layers.ora</c>) once it is ready, else null.</param>
/// <param name="Artifacts">Artifact kind ("target", "foreground-goose") -> URL.</param>
public sealed record GenerationStatus(
    string Id,
    string RuntimeStatus,
    string Stage,
    int Revision,
    bool Ready,
    DateTimeOffset CreatedTime,
    DateTimeOffset LastUpdatedTime,
    string? Prompt,
    int? Seed,
    int? Width,
    int? Height,
    IReadOnlyList<SceneElement> Elements,
    EmotionReading? Emotion,
    StyleDecision? Style,
    IReadOnlyList<string> Missing,
    IReadOnlyDictionary<string, string> Artifacts,
    IReadOnlyList<GenerationRevision> History,
    string? Error,
    string? Layers = null,
    double Progress = 0,
    double? EtaSeconds = null);
