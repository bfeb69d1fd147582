using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Easel.Api;

/// <summary>
/// Who is calling, as the host established it (serve's API key, a Functions key, an Easy Auth identity): the owner
/// tag stored with every generation the caller starts, so that nobody else can see or touch it.
/// </summary>
/// <param name="Owner">A one-way hash of the caller's key or identity (never the key itself); null for an anonymous
/// caller on a host that asks for no key, who shares the anonymous generations.</param>
/// <param name="SeesEverything">Holds the host's system key: may manage every generation and is handed Durable's management URLs.</param>
public sealed record Caller(string? Owner, bool SeesEverything = false)
{
    public static Caller Anonymous { get; } = new((string?)null);

    /// <summary>The caller the host attached to this request, or <see cref="Anonymous"/>.</summary>
    public static Caller Of(HttpContext context) => context.Features.Get<Caller>() ?? Anonymous;

    public void AttachTo(HttpContext context) => context.Features.Set(this);

    /// <summary>The owner tag of an API key: SHA-256, so what is stored with an instance cannot be used as a key.</summary>
    public static string ForKey(string key) => "key:" + Hash(key);

    /// <summary>The owner tag of a signed-in identity (Easy Auth: identity provider and principal id).</summary>
    public static string ForIdentity(string provider, string principalId) => "id:" + Hash($"{provider}\n{principalId}");

    /// <summary>True when this caller may see <paramref name="instance"/>: its owner, or the holder of the system key.</summary>
    public bool Owns(GenerationInstance instance) => SeesEverything || string.Equals(instance.Owner, Owner, StringComparison.Ordinal);

    /// <summary>Compares two secrets in constant time.</summary>
    public static bool SameSecret(string? a, string? b) =>
        a is not null && b is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..40];
}
