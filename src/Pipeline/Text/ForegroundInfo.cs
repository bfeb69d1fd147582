namespace Easel.Pipeline.Text;

/// <summary>A foreground element of the lexicon (generated from the emoji data by tools/ImportEmoji).</summary>
/// <param name="Name">Canonical English singular lower-case name; also the asset's file name.</param>
/// <param name="HasAsset">Whether the asset pack has an image for it.</param>
/// <param name="Categories">Broader words it answers to ("remove the boat" removes a sailboat).</param>
/// <param name="Words">Its English words (names, synonyms, keywords).</param>
/// <param name="Recolor">Which of its pixels a colour word repaints.</param>
public sealed record ForegroundInfo(string Name, string? Emoji, bool HasAsset, IReadOnlyList<string> Categories, IReadOnlyList<string> Words,
    Easel.Pipeline.Foreground.RecolorScope Recolor = Easel.Pipeline.Foreground.RecolorScope.Body);
