using System.Globalization;
using Easel.Pipeline.Style;
using Easel.Pipeline.Stylize;

namespace Easel.Pipeline.Orchestration;

/// <summary>The one place that says what a valid request or comment is, for the CLI and the HTTP API alike.</summary>
public static class PaintRequestValidator
{
    public const int MaxTextLength = 2000;
    public const int MinSide = 64;
    public const int MaxSide = 2048;

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
        if (request.RevisionWindowMinutes is <= 0 or > 7 * 24 * 60 || double.IsNaN(request.RevisionWindowMinutes))
            return "revision window must be between 0 and 7 days";
        return null;
    }

    /// <returns>A one-line description of what is wrong with a prompt or comment, or null when it is fine.</returns>
    public static string? TextProblem(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return $"{what} is empty";
        if (text.Length > MaxTextLength) return $"{what} is longer than {MaxTextLength} characters ({text.Length})";
        var control = text.FirstOrDefault(char.IsControl);
        if (control != default)
            return $"{what} contains a control character (U+{((int)control).ToString("X4", CultureInfo.InvariantCulture)})";
        return null;
    }
}
