namespace Easel.Pipeline.Text.DataFiles;

/// <summary>
/// What a Chinese classifier does to the numeral before it (grammar.json's <c>classifierCounts</c>): a collective
/// (群 flock, 队 troop) means at least <see cref="AtLeast"/>, a pair (对, 双) multiplies by <see cref="Times"/>.
/// </summary>
internal sealed record ClassifierCount
{
    public int AtLeast { get; set; } = 1;
    public int Times { get; set; } = 1;

    /// <summary>The count of "numeral + classifier".</summary>
    public int Apply(int numeral) => Math.Max(numeral, AtLeast) * Times;
}
