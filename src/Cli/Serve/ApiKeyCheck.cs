using Easel.Api;
using Microsoft.AspNetCore.Http;

namespace Easel.Cli.Serve;

/// <summary>
/// serve's authentication: with keys configured (<c>EASEL_API_KEY</c>) every API and management route needs one, as
/// <c>x-api-key: KEY</c> or <c>Authorization: Bearer KEY</c> (401 problem+json otherwise); the page and its files stay
/// open. The caller is attached to the request: its owner is the key's hash, so each key sees only its own generations.
/// Without keys every caller is the same anonymous owner, as before. A request with a valid key also gets the page's
/// session cookie, which stands in for the key on reads only (<see cref="PageSession"/>: pictures and the event stream,
/// which a browser fetches without headers).
/// </summary>
internal sealed class ApiKeyCheck(IReadOnlyList<string> keys, TimeProvider? clock = null)
{
    private readonly PageSession session = new(keys, clock ?? TimeProvider.System);

    public bool Required => keys.Count > 0;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!IsProtected(context.Request.Path))
        {
            await next(context);
            return;
        }
        if (!Required)
        {
            Caller.Anonymous.AttachTo(context);
            await next(context);
            return;
        }
        var presented = Presented(context.Request);
        var cookie = context.Request.Cookies[PageSession.CookieName];
        if (presented is null && IsRead(context.Request.Method) && session.Validate(cookie) is { } owner)
        {
            new Caller(owner).AttachTo(context);
            await next(context);
            return;
        }
        // Compare against every key (constant time each), so timing tells nothing about which key nearly matched.
        var match = keys.Aggregate((string?)null, (found, key) => Caller.SameSecret(presented, key) ? key : found);
        if (match is null)
        {
            var detail = presented is null
                ? "Send your API key as 'x-api-key: KEY' or 'Authorization: Bearer KEY'."
                : "That API key is not valid.";
            await Problems.Unauthorized(detail).ExecuteAsync(context);
            return;
        }
        var caller = new Caller(Caller.ForKey(match));
        caller.AttachTo(context);
        if (session.NeedsRenewal(cookie, caller.Owner!))
        {
            context.Response.Cookies.Append(PageSession.CookieName, session.Issue(caller.Owner!), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
                MaxAge = PageSession.Lifetime,
            });
        }
        await next(context);
    }

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);

    public static bool IsProtected(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments(ManagementPayload.WebhookPath);

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers["x-api-key"].ToString() is { Length: > 0 } header) return header;
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7
            ? authorization[7..].Trim()
            : null;
    }
}
