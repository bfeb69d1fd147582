using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Easel.Cli.Serve;

/// <summary>
/// The page's way in on a keyed serve. The browser loads pictures (<c>&lt;img&gt;</c>, links) and the event stream
/// (<c>EventSource</c>) itself, and neither can send an API key header; so a request that did present a valid key
/// also gets a session cookie (<see cref="CookieName"/>: HttpOnly, SameSite=Strict, <see cref="Lifetime"/>), which
/// serve accepts in place of the key for reads only (GET and HEAD). Anything that changes state — a start, a revision,
/// terminate, purge — still needs the key itself, so the cookie cannot be used for cross-site request forgery.
/// <para>The cookie is <c>{owner}.{expiry}.{signature}</c>: the key's owner tag (a hash, never the key), when it
/// expires (Unix seconds), and an HMAC-SHA256 of both under a secret derived from the configured keys — it survives a
/// restart of serve and dies when the keys change.</para>
/// </summary>
internal sealed class PageSession(IReadOnlyList<string> keys, TimeProvider clock)
{
    public const string CookieName = "easel-session";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly byte[] secret = SHA256.HashData(Encoding.UTF8.GetBytes("easel page session\n" + string.Join('\n', keys)));

    /// <summary>A cookie value for <paramref name="owner"/>, valid for <see cref="Lifetime"/> from now.</summary>
    public string Issue(string owner)
    {
        var expiry = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{owner}.{expiry}.{Sign(owner, expiry)}";
    }

    /// <summary>The owner a cookie value was issued to, when it is genuine and unexpired; else null.</summary>
    public string? Validate(string? value) => Read(value) is { } session && session.ExpiresAt > clock.GetUtcNow() ? session.Owner : null;

    /// <summary>True when <paramref name="value"/> is missing, invalid, issued to someone else or past half its life: time for a new one.</summary>
    public bool NeedsRenewal(string? value, string owner) =>
        Read(value) is not { } session || session.Owner != owner || session.ExpiresAt - clock.GetUtcNow() < Lifetime / 2;

    private (string Owner, DateTimeOffset ExpiresAt)? Read(string? value)
    {
        var parts = value?.Split('.');
        if (parts is not { Length: 3 } || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry)) return null;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(parts[0], parts[1])), Encoding.ASCII.GetBytes(parts[2]))) return null;
        return expiry > DateTimeOffset.MaxValue.ToUnixTimeSeconds() ? null : (parts[0], DateTimeOffset.FromUnixTimeSeconds(expiry));
    }

    private string Sign(string owner, string expiry) =>
        Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"{owner}.{expiry}"))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
