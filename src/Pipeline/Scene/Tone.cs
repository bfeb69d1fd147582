namespace Easel.Pipeline.Scene;

/// <summary>
/// Cumulative tonal adjustments asked for by revisions ("darker", "warmer"), each in -1..1.
/// Applied as a final grade, so a tone revision keeps the composition.
/// </summary>
public sealed record Tone(double Brightness, double Warmth)
{
    public static Tone Neutral { get; } = new(0, 0);
}
