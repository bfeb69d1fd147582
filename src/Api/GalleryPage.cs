namespace Easel.Api;

/// <summary>The body of <c>GET /api/generations</c>: newest first; pass <paramref name="ContinuationToken"/> back for the next page (null on the last).</summary>
public sealed record GalleryPage(IReadOnlyList<GalleryItem> Items, string? ContinuationToken);
