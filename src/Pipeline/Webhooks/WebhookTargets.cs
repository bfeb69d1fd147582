using System.Net;
using System.Net.Sockets;

namespace Easel.Pipeline.Webhooks;

/// <summary>
/// Where a webhook may be delivered: the connection itself is refused to a private, loopback or link-local address
/// (unless configured), checked on the address a host name resolved to, so a name that points inside this network
/// (or is re-pointed there after the start was accepted) reaches nothing.
/// </summary>
public static class WebhookTargets
{
    /// <summary>True for an address on the public internet: not loopback, private (RFC 1918, unique local), link-local,
    /// shared (100.64/10), multicast, unspecified or otherwise reserved.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
            return false;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 || b[0] >= 224
                || (b[0] == 100 && b[1] is >= 64 and <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && b[1] is 18 or 19));
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (b[0] & 0xfe) == 0xfc);
        }
        return false;
    }

    /// <summary>An HTTP client whose every connection goes only to addresses <paramref name="settings"/> allows.</summary>
    public static HttpClient CreateClient(WebhookSettings settings, TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false, // a redirect could lead anywhere; the receiver must answer itself
            UseProxy = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
                var allowed = addresses.Where(a => settings.AllowPrivateTargets || IsPublic(a)).ToList();
                if (allowed.Count == 0)
                    throw new HttpRequestException($"webhook target '{context.DnsEndPoint.Host}' resolves only to private or reserved addresses, which this host does not call");
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync([.. allowed], context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { Timeout = timeout };
    }
}
