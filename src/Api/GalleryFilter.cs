namespace Easel.Api;

/// <summary>The gallery's query parameters, checked.</summary>
/// <param name="Cursor">Where the previous page ended (from its continuation token), or null for the first page.</param>
public sealed record GalleryFilter(
    IReadOnlyList<RuntimeStatus> Statuses,
    DateTimeOffset? CreatedFrom,
    DateTimeOffset? CreatedTo,
    int Top,
    (DateTimeOffset Created, string Id)? Cursor);
