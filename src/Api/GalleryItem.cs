namespace Easel.Api;

/// <summary>One generation in the gallery (<c>GET /api/generations</c>).</summary>
/// <param name="Revisions">Finished revisions so far (0 while the first picture is being painted).</param>
/// <param name="Thumbnail">The latest finished revision's target, or null before the first one.</param>
public sealed record GalleryItem(
    string Id,
    string? Prompt,
    string RuntimeStatus,
    string Stage,
    int Revisions,
    DateTimeOffset CreatedTime,
    DateTimeOffset LastUpdatedTime,
    string? Thumbnail,
    string StatusUrl);
