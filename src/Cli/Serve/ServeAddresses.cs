using System.Net;

namespace Easel.Cli.Serve;

/// <summary>
/// What serve listens on and which Host headers it answers: the API's absolute URLs come from configuration
/// (<c>EASEL_PUBLIC_URL</c>, else the first <c>--urls</c> address), and a request naming any other host gets 400, so a
/// forged <c>Host: evil.example</c> never ends up in a URL handed to a client.
/// </summary>
internal sealed record ServeAddresses(IReadOnlyList<Uri> Urls, Uri? PublicUrl, IReadOnlyList<string> AllowedHosts)
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    /// <returns>The addresses, or null and a one-line problem.</returns>
    public static (ServeAddresses? Addresses, string? Problem) Parse(string urls, string? publicUrl, IReadOnlyList<string>? allowedHosts)
    {
        var parsed = new List<Uri>();
        foreach (var text in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcards ("http://*:80", "http://+:80") are not valid URI hosts: read them as 0.0.0.0.
            var normalized = text.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(normalized, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                return (null, $"--urls '{text}' is not an http(s) address such as http://127.0.0.1:7071");
            parsed.Add(uri);
        }
        if (parsed.Count == 0) return (null, "--urls names no address");

        Uri? configured = null;
        if (publicUrl is not null && (!Uri.TryCreate(publicUrl, UriKind.Absolute, out configured) || configured.Scheme is not ("http" or "https")))
            return (null, $"EASEL_PUBLIC_URL '{publicUrl}' is not an http(s) URL");
        var first = parsed[0];
        configured ??= IsWildcard(first) ? null : new Uri(first.GetLeftPart(UriPartial.Authority));

        var hosts = allowedHosts?.ToList() ?? [.. LoopbackNames, .. parsed.Where(u => !IsWildcard(u)).Select(u => u.Host)];
        if (configured is not null) hosts.Add(configured.Host);
        return (new ServeAddresses(parsed, configured, hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToList()), null);
    }

    /// <summary>True when every address is on loopback (the default), where no other machine can reach serve.</summary>
    public bool LoopbackOnly => Urls.All(u => u.IsLoopback || (IPAddress.TryParse(u.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));

    private static bool IsWildcard(Uri uri) => uri.Host is "0.0.0.0" or "[::]" or "::";
}
