namespace Easel.Pipeline.Text;

/// <summary>A foreground element of the asset pack: its emoji and its emojibase subgroup ("animal-bird", "transport-water").</summary>
public sealed record ForegroundInfo(string Name, string Emoji, string Subgroup);
