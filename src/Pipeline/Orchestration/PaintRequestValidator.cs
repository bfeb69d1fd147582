using System.Globalization;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;
using Easel.Pipeline.Stylize;
using Easel.Pipeline.Text;

namespace Easel.Pipeline.Orchestration;

/// <summary>The one place that says what a valid request or comment is, for the CLI and the HTTP API alike.</summary>
public static class PaintRequestValidator
{
    public const int MaxTextLength = 2000;
    public const int MinSide = 64;
    public const int MaxSide = 2048;

    /// <summary>Most elements one picture holds after expansion (named + topic + emotion): more is a list, not a scene, and costs seconds and gigabytes at large sizes.</summary>
    public const int MaxElements = 24;

    /// <summary>Most drawn instances (the sum of the elements' counts) in one picture.</summary>
    public const int MaxInstances = 60;

    /// <summary>Most candidates (variations) one revision paints: each is a whole rendering, run in parallel.</summary>
    public const int MaxCandidates = 4;

    /// <returns>A one-line description of what is wrong, or null when the request is valid.</returns>
    public static string? Problem(PaintRequest request)
    {
        if (TextProblem(request.Prompt, "prompt") is { } prompt) return prompt;
        if (request.Width is < MinSide or > MaxSide || request.Height is < MinSide or > MaxSide)
            return $"size must be between {MinSide} and {MaxSide} pixels on each side (got {request.Width}x{request.Height})";
        if (request.Style is not null && !StyleNames.IsKnown(request.Style))
            return $"unknown style '{request.Style}' (known: {string.Join(", ", StyleNames.All)})";
        if (!StylizerCatalog.Choices.Contains(request.Stylizer))
            return $"unknown stylizer '{request.Stylizer}' (known: {string.Join(", ", StylizerCatalog.Choices)})";
        if (request.StyleStrength is < 0 or > 1 || request.StyleStrength is double.NaN)
            return "style strength must be between 0 and 1";
        if (CandidatesProblem(request.Candidates) is { } candidates) return candidates;
        if (request.RevisionWindowMinutes is <= 0 or > 7 * 24 * 60 || double.IsNaN(request.RevisionWindowMinutes))
            return "revision window must be between 0 and 7 days";
        // Refused before anything starts: the text stage is a few milliseconds, a scene of a hundred elements is many seconds.
        return SceneProblem(new TextAnalyzer().Analyze(request.Prompt));
    }

    /// <returns>A one-line description of why <paramref name="candidates"/> is not a number of candidates to paint, or null.</returns>
    public static string? CandidatesProblem(int candidates) =>
        candidates is < 1 or > MaxCandidates ? $"n (candidates) must be between 1 and {MaxCandidates} (got {candidates})" : null;

    /// <returns>A one-line description of what is wrong with a prompt or comment, or null when it is fine.</returns>
    public static string? TextProblem(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return $"{what} is empty";
        if (text.Length > MaxTextLength) return $"{what} is longer than {MaxTextLength} characters ({text.Length})";
        // An index, not FirstOrDefault: U+0000 is itself a control character and would read as "none found".
        var control = text.AsSpan().IndexOfAnyInRange('\u0000', '\u001f');
        if (control < 0) control = text.AsSpan().IndexOfAnyInRange('\u007f', '\u009f');
        if (control >= 0)
            return $"{what} contains a control character (U+{((int)text[control]).ToString("X4", CultureInfo.InvariantCulture)})";
        if (HasLoneSurrogate(text)) return $"{what} is not valid Unicode (a lone surrogate)";
        if (text.All(ch => char.IsWhiteSpace(ch) || IsInvisible(ch))) return $"{what} has no visible characters";
        return null;
    }

    /// <returns>A one-line description of why a scene is too big to paint, or null when it fits.</returns>
    public static string? SceneProblem(SceneDescription scene)
    {
        if (scene.Elements.Count > MaxElements)
            return $"the prompt asks for {scene.Elements.Count} elements once expanded; one painting holds at most {MaxElements}: describe fewer things";
        var instances = scene.Elements.Sum(e => (long)Math.Max(1, e.Count));
        if (instances > MaxInstances)
            return $"the prompt asks for {instances} things to draw; one painting holds at most {MaxInstances}: ask for fewer";
        return null;
    }

    /// <summary>True when <paramref name="text"/> holds half of a surrogate pair: not Unicode, and not encodable as UTF-8.</summary>
    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (!char.IsSurrogatePair(text, i)) return true;
            i++;
        }
        return false;
    }

    // Format characters (zero-width space and joiners, BOM, bidi marks) and the variation selectors draw nothing by themselves.
    private static bool IsInvisible(char ch) =>
        char.GetUnicodeCategory(ch) == UnicodeCategory.Format || ch is >= '\uFE00' and <= '\uFE0F' || ch == '\u3164' || ch == '\u115F' || ch == '\u1160';
}
