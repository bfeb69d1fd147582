namespace Easel.Pipeline.Orchestration;

/// <summary>One finished revision: its comment (null for revision 0), its style and its target's artifact key.</summary>
public sealed record RevisionRecord(int Revision, string? Text, string Style, string Target);
