namespace Easel.Api;

/// <summary>One page of Durable's instance query (the same filters on both engines).</summary>
/// <param name="Statuses">Runtime statuses to keep; null or empty keeps all.</param>
/// <param name="ContinuationToken">The engine's token for the next page, as it handed it out; null for the first.</param>
public sealed record InstanceQuery(
    DateTimeOffset? CreatedFrom,
    DateTimeOffset? CreatedTo,
    IReadOnlyList<RuntimeStatus>? Statuses,
    int PageSize,
    string? ContinuationToken,
    string? InstanceIdPrefix = null);
