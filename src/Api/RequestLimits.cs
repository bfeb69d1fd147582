using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Easel.Api;

/// <summary>
/// Per-caller token buckets for the routes that cost work (start, revise), from System.Threading.RateLimiting — the
/// limiters ASP.NET Core's rate-limiting middleware runs — kept in the shared API so both hosts apply the same limits.
/// A caller is its owner tag (key or identity) or, when anonymous, its client address. One instance per process.
/// </summary>
public sealed class RequestLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> starts;
    private readonly PartitionedRateLimiter<string> revisions;

    public RequestLimits(ApiOptions options)
    {
        starts = PerCaller(options.StartsPerMinute);
        revisions = PerCaller(options.RevisionsPerMinute);
        Queued = new QueuedGenerations(options.MaxQueued);
    }

    /// <summary>The bound on generations started here and not yet painted.</summary>
    public QueuedGenerations Queued { get; }

    /// <returns>Null when the caller may start one more generation now, else the 429 to answer.</returns>
    public IResult? TryStart(HttpRequest request) => TryAcquire(starts, request, "generations started");

    /// <returns>Null when the caller may send one more revision now, else the 429 to answer.</returns>
    public IResult? TryRevise(HttpRequest request) => TryAcquire(revisions, request, "revisions sent");

    public static string PartitionOf(HttpRequest request) =>
        Caller.Of(request.HttpContext).Owner ?? $"address:{request.HttpContext.Connection.RemoteIpAddress}";

    private static IResult? TryAcquire(PartitionedRateLimiter<string> limiter, HttpRequest request, string what)
    {
        using var lease = limiter.AttemptAcquire(PartitionOf(request));
        if (lease.IsAcquired) return null;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return Problems.TooManyRequests(retryAfter, $"Too many {what} from you in the last minute; try again in {Math.Ceiling(retryAfter.TotalSeconds)} s.");
    }

    private static PartitionedRateLimiter<string> PerCaller(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, perMinute),
            TokensPerPeriod = 1,
            // One token back every (60 / perMinute) seconds: a steady rate with the whole minute's worth as burst.
            ReplenishmentPeriod = TimeSpan.FromSeconds(60.0 / Math.Max(1, perMinute)),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public void Dispose()
    {
        starts.Dispose();
        revisions.Dispose();
        Queued.Dispose();
    }
}
