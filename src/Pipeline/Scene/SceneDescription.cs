namespace Easel.Pipeline.Scene;

/// <summary>What to draw: the result of text analysis, updated by each revision.</summary>
/// <param name="Prompt">The original text.</param>
/// <param name="Elements">Every element, foreground and background, in order of appearance.</param>
/// <param name="Negated">Element names the text excludes ("no clouds"); expansion and emotion never add them back.</param>
/// <param name="StyleRequest">A style asked for by name (--style, or a revision "make it a watercolor"); null lets the text decide.</param>
/// <param name="Missing">Foreground elements recognised in the text for which there is no image asset.</param>
/// <param name="Relations">Where the text puts elements relative to each other; the layout satisfies them.</param>
/// <param name="Setting">The scene the painting is set in ("meadow", "sea", "table", "kitchen"…); null until chosen.</param>
public sealed record SceneDescription(
    string Prompt,
    IReadOnlyList<SceneElement> Elements,
    EmotionReading Emotion,
    IReadOnlyList<string> Negated,
    string? StyleRequest,
    Tone Tone,
    IReadOnlyList<string> Missing,
    IReadOnlyList<SceneRelation> Relations,
    string? Setting)
{
    public IEnumerable<SceneElement> Foreground => Elements.Where(e => e.Role == ElementRole.Foreground);
    public IEnumerable<SceneElement> Background => Elements.Where(e => e.Role == ElementRole.Background);
    public bool Has(string name) => Elements.Any(e => e.Name == name);
}
