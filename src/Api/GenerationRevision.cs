namespace Easel.Api;

/// <summary>One finished revision in a status payload: its comment (null for the first painting), style and target URL.</summary>
public sealed record GenerationRevision(int Revision, string? Text, string Style, string Target);
