namespace Easel.Api;

/// <param name="MaxBodyBytes">Largest request body accepted (a prompt is at most 2000 characters, 4 bytes each in UTF-8).</param>
/// <param name="RevisionWindowMinutes">How long a generation waits for the next comment before it finishes.</param>
public sealed record ApiOptions(int MaxBodyBytes = 16 * 1024, double RevisionWindowMinutes = 60);
