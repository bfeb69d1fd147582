using Easel.Pipeline.Orchestration;

namespace Easel.Api;

/// <summary>One finished revision in a status payload: its comment (null for the first painting), style, target URL and
/// the URL of its layers as an OpenRaster file.</summary>
/// <param name="From">The revision and candidate it continued from (null for revision 0): the revisions form a tree.</param>
/// <param name="Candidates">The target URL of each candidate it painted (variations), candidate 0 first; one when it painted one.</param>
public sealed record GenerationRevision(int Revision, string? Text, string Style, string Target, string? Layers = null,
    RevisionSource? From = null, IReadOnlyList<string>? Candidates = null);
