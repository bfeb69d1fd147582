using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Easel.Api;

/// <summary>
/// The gallery: the caller's own generations, newest first, over Durable's instance query. The engines page in their
/// own order (the Instances table's, by id), so a page is made by scanning the query's pages within the created-time
/// window (up to <see cref="MaxScanned"/> instances), keeping the caller's, and sorting; the continuation token is a
/// cursor (created time and id of the last item), so the next page continues exactly after it.
/// </summary>
public static class Gallery
{
    public const int DefaultTop = 20;
    public const int MaxTop = 100;
    public const int MaxScanned = 2000;

    /// <summary>The query's filters, or the problem (one line) with the first bad parameter.</summary>
    public static (GalleryFilter? Filter, string? Problem) Parse(IQueryCollection query)
    {
        foreach (var key in query.Keys)
        {
            if (key is not ("status" or "createdFrom" or "createdTo" or "top" or "continuationToken"))
                return (null, $"Unknown query parameter '{new string(key.Take(40).ToArray())}' (known: status, createdFrom, createdTo, top, continuationToken).");
        }
        var statuses = new List<RuntimeStatus>();
        foreach (var name in query["status"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!Enum.TryParse<RuntimeStatus>(name, ignoreCase: true, out var status) || status == RuntimeStatus.Unknown || int.TryParse(name, out _))
                return (null, "'status' takes runtime statuses separated by commas: Running, Completed, Failed, Terminated, Pending, Suspended.");
            statuses.Add(status);
        }
        if (!TryTime(query, "createdFrom", out var from) || !TryTime(query, "createdTo", out var to))
            return (null, "'createdFrom' and 'createdTo' are ISO 8601 times such as 2026-12-07T21:00:00Z.");
        var top = DefaultTop;
        if (query.TryGetValue("top", out var topText)
            && (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top < 1 || top > MaxTop))
            return (null, $"'top' is a whole number from 1 to {MaxTop}.");
        (DateTimeOffset, string)? cursor = null;
        if (query.TryGetValue("continuationToken", out var token))
        {
            if (DecodeCursor(token.ToString()) is not { } decoded) return (null, "'continuationToken' is not one this API handed out.");
            cursor = decoded;
        }
        return (new GalleryFilter(statuses, from, to, top, cursor), null);
    }

    /// <summary>One page of <paramref name="caller"/>'s generations.</summary>
    public static async Task<GalleryPage> ListAsync(IGenerationClient client, Caller caller, GalleryFilter filter, CancellationToken cancellationToken)
    {
        var to = filter.Cursor is { } cursor && (filter.CreatedTo is null || cursor.Created < filter.CreatedTo) ? cursor.Created.AddTicks(1) : filter.CreatedTo;
        var owned = new List<GenerationInstance>();
        string? token = null;
        var scanned = 0;
        do
        {
            var page = await client.ListAsync(new InstanceQuery(filter.CreatedFrom, to, filter.Statuses, MaxTop, token), cancellationToken);
            scanned += page.Instances.Count;
            owned.AddRange(page.Instances.Where(i => i.Name == Pipeline.Orchestration.ActivityNames.Orchestrator && caller.Owns(i)));
            token = page.ContinuationToken;
        }
        while (token is not null && scanned < MaxScanned);

        var newestFirst = owned
            .OrderByDescending(i => i.CreatedTime).ThenByDescending(i => i.InstanceId, StringComparer.Ordinal)
            .Where(i => filter.Cursor is not { } c || i.CreatedTime < c.Created || (i.CreatedTime == c.Created && string.CompareOrdinal(i.InstanceId, c.Id) < 0))
            .Take(filter.Top + 1)
            .ToList();
        var items = newestFirst.Take(filter.Top).Select(Item).ToList();
        var next = newestFirst.Count > filter.Top ? EncodeCursor(newestFirst[filter.Top - 1]) : null;
        return new GalleryPage(items, next);
    }

    private static GalleryItem Item(GenerationInstance instance)
    {
        var status = StatusShaper.Shape(instance);
        return new GalleryItem(status.Id, status.Prompt, status.RuntimeStatus, status.Stage, status.History.Count,
            instance.CreatedTime, instance.LastUpdatedTime, (status.History.Count > 0 ? status.History[^1].Target : null), ApiRoutes.StatusUrl(status.Id));
    }

    private static bool TryTime(IQueryCollection query, string name, out DateTimeOffset? time)
    {
        time = null;
        if (!query.TryGetValue(name, out var text)) return true;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) return false;
        time = parsed.ToUniversalTime();
        return true;
    }

    private static string EncodeCursor(GenerationInstance last) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{last.CreatedTime.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{last.InstanceId}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static (DateTimeOffset Created, string Id)? DecodeCursor(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
            var parts = text.Split(':', 2);
            return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTimeOffset.MaxValue.UtcTicks && ApiRoutes.IsInstanceId(parts[1])
                ? (new DateTimeOffset(ticks, TimeSpan.Zero), parts[1])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
