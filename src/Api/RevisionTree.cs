using System.Globalization;
using Easel.Pipeline.Orchestration;

namespace Easel.Api;

/// <summary>The finished revisions of a generation as a tree, from what its engine reports (custom status or carried state).</summary>
public static class RevisionTree
{
    /// <summary>Every finished revision, oldest first, each naming the painting it continued from.</summary>
    public static IReadOnlyList<RevisionRecord> Of(GenerationInstance instance) =>
        ApiJson.TryDeserialize<PaintStatus>(instance.SerializedCustomStatus)?.History
        ?? ApiJson.TryDeserialize<PaintInput>(instance.SerializedInput)?.State?.History
        ?? [];

    /// <returns>Why <paramref name="revision"/> cannot continue from the painting it names (none finished by that
    /// number, or fewer candidates), or null when it can.</returns>
    public static string? Problem(GenerationInstance instance, RevisionEvent revision)
    {
        if (revision.From is not { } from) return null;
        var record = Of(instance).FirstOrDefault(r => r.Revision == from.Revision);
        if (record is null)
            return $"Revision {from.Revision.ToString(CultureInfo.InvariantCulture)} is not finished (yet); a revision continues from a finished one.";
        if (from.Candidate >= record.Candidates)
            return $"Revision {from.Revision.ToString(CultureInfo.InvariantCulture)} painted {record.Candidates.ToString(CultureInfo.InvariantCulture)} candidate(s); 'from.candidate' {from.Candidate.ToString(CultureInfo.InvariantCulture)} is not one of them.";
        return null;
    }
}
