using Microsoft.AspNetCore.Http;

namespace Easel.Api;

/// <summary>Adds a <c>Location</c> header to any result (Durable's 202 status responses carry one).</summary>
internal sealed class LocationResult(IResult inner, string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.Location = location;
        return inner.ExecuteAsync(httpContext);
    }
}
