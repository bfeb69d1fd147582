namespace Easel.Pipeline.Text;

/// <summary>What a function word does in a prompt or a revision comment (data: Text/Data/grammar.json).</summary>
public enum WordFunction
{
    None,
    /// <summary>A count ("two", "a pair of", "三只"); the number is in <see cref="LexiconEntry.Number"/>.</summary>
    Count,
    /// <summary>"no", "without", "没有": the elements that follow are excluded.</summary>
    Negation,
    /// <summary>"and", "with", "在": ends the reach of a count or a negation.</summary>
    Boundary,
    Add,
    Remove,
    More,
    Fewer,
    Darker,
    Lighter,
    Warmer,
    Cooler,
}
