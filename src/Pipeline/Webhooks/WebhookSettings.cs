using System.Net;
using System.Text;

namespace Easel.Pipeline.Webhooks;

/// <summary>
/// How this host delivers webhooks (a start's <c>callbackUrl</c>): the signing secret and whether private addresses
/// may be called. The hosts read them from configuration (<c>Easel:WebhookSecret</c> or <c>EASEL_WEBHOOK_SECRET</c>:
/// Standard Webhooks' <c>whsec_&lt;base64&gt;</c>, or any other text, used as UTF-8; <c>Easel:WebhookAllowPrivate</c> or
/// <c>EASEL_WEBHOOK_ALLOW_PRIVATE=true</c>: loopback, private and link-local targets, for tests and closed networks,
/// never for a service on the internet, where it would let callers reach this host's own network).
/// </summary>
public sealed record WebhookSettings(byte[]? Secret, bool AllowPrivateTargets = false)
{
    public const string SecretVariable = "EASEL_WEBHOOK_SECRET";
    public const int MaxUrlLength = 2000;

    public static WebhookSettings None { get; } = new(Secret: null);

    /// <summary>Standard Webhooks' secrets are <c>whsec_</c> and base64; any other non-empty text is taken as its UTF-8 bytes.</summary>
    public static byte[]? ParseSecret(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (text.StartsWith("whsec_", StringComparison.Ordinal))
        {
            try
            {
                return Convert.FromBase64String(text["whsec_".Length..]);
            }
            catch (FormatException)
            {
                throw new InvalidOperationException($"{SecretVariable} starts with 'whsec_' but the rest is not base64.");
            }
        }
        return Encoding.UTF8.GetBytes(text);
    }

    /// <returns>Why <paramref name="url"/> cannot be a callback on this host, or null when it can. Host names are
    /// checked again, by the addresses they resolve to, when the webhook is sent.</returns>
    public string? Problem(string url)
    {
        if (Secret is null) return $"this host sends no webhooks: it has no signing secret ({SecretVariable})";
        if (url.Length > MaxUrlLength) return $"callbackUrl is longer than {MaxUrlLength} characters";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            return "callbackUrl must be an absolute http or https URL";
        if (uri.UserInfo.Length > 0) return "callbackUrl must not carry a user name or password";
        if (AllowPrivateTargets) return null;
        if (uri.IsLoopback || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return "callbackUrl points at this machine (loopback), which this host does not call";
        if (IPAddress.TryParse(uri.DnsSafeHost, out var address) && !WebhookTargets.IsPublic(address))
            return "callbackUrl points at a private, link-local or reserved address, which this host does not call";
        return null;
    }
}
