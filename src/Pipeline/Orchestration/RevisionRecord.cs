namespace Easel.Pipeline.Orchestration;

/// <summary>One finished revision: its comment (null for revision 0), its style and its target's artifact key.</summary>
/// <param name="From">The painting it continued from (null for revision 0): with it, the revisions form a tree.</param>
/// <param name="Candidates">How many candidates it painted; candidate J &gt; 0 is in its folder's <c>cJ/</c>.</param>
public sealed record RevisionRecord(int Revision, string? Text, string Style, string Target, RevisionSource? From = null, int Candidates = 1)
{
    /// <summary>The revisions that led to <paramref name="from"/>, oldest first, following each one's <see cref="From"/>.</summary>
    public static IReadOnlyList<RevisionRecord> Chain(IReadOnlyList<RevisionRecord> tree, RevisionSource? from)
    {
        var chain = new List<RevisionRecord>();
        for (var at = from; at is not null;)
        {
            var record = tree.FirstOrDefault(r => r.Revision == at.Revision);
            if (record is null || chain.Contains(record)) break; // a tree never loops; a damaged one must not hang us
            chain.Add(record);
            at = record.From;
        }
        chain.Reverse();
        return chain;
    }
}
