namespace Easel.Api;

/// <summary>One finished revision in a status payload: its comment (null for the first painting), style, target URL and
/// the URL of its layers as an OpenRaster file.</summary>
public sealed record GenerationRevision(int Revision, string? Text, string Style, string Target, string? Layers = null);
