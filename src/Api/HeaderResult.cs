using Microsoft.AspNetCore.Http;

namespace Easel.Api;

/// <summary>Adds a header to any result (Durable's 202 status responses carry <c>Location</c>, limits carry <c>Retry-After</c>).</summary>
internal sealed class HeaderResult(IResult inner, string name, string value) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers[name] = value;
        return inner.ExecuteAsync(httpContext);
    }
}
