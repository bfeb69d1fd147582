using Easel.Api;
using Microsoft.AspNetCore.Http;

namespace Easel.Functions;

/// <summary>
/// Who calls a Functions HTTP trigger. The host has already checked the function key (the triggers are
/// <c>AuthorizationLevel.Function</c>), so the key presented is a valid one and its hash is the owner; with Easy Auth
/// (Entra ID) in front (<c>Easel:Auth = EasyAuth</c>) the signed-in principal is the owner instead — Easy Auth sets its
/// <c>X-MS-CLIENT-PRINCIPAL-*</c> headers itself and drops any a client sends. The system key sees every generation.
/// </summary>
public static class FunctionsCaller
{
    public const string EasyAuth = "EasyAuth";

    public static Caller Identify(HttpRequest request, string? authMode, string? systemKey)
    {
        var key = request.Headers["x-functions-key"].ToString() is { Length: > 0 } header ? header : request.Query["code"].ToString();
        var holdsSystemKey = Caller.SameSecret(key, systemKey);
        if (string.Equals(authMode, EasyAuth, StringComparison.OrdinalIgnoreCase)
            && request.Headers["X-MS-CLIENT-PRINCIPAL-ID"].ToString() is { Length: > 0 } principal)
        {
            var provider = request.Headers["X-MS-CLIENT-PRINCIPAL-IDP"].ToString();
            return new Caller(Caller.ForIdentity(provider, principal), holdsSystemKey);
        }
        return key.Length > 0 ? new Caller(Caller.ForKey(key), holdsSystemKey) : Caller.Anonymous;
    }
}
