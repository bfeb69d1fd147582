using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Easel.Functions.Tests;

/// <summary>Fake HTTP requests as the Functions ASP.NET Core integration hands them over, and the responses the functions write.</summary>
internal static class Http
{
    private static readonly IServiceProvider Services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();

    public static HttpRequest Request(string method, string path, string? body = null, string? functionKey = null) =>
        Request(method, path, body is null ? null : Encoding.UTF8.GetBytes(body), "application/json", functionKey);

    /// <param name="functionKey">The key the caller presents (the host has checked it), as <c>x-functions-key</c>.</param>
    public static HttpRequest Request(string method, string path, byte[]? body, string? contentType, string? functionKey = null)
    {
        var context = new DefaultHttpContext { RequestServices = Services };
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost", 7071);
        context.Request.Path = path;
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
        if (functionKey is not null) context.Request.Headers["x-functions-key"] = functionKey;
        if (body is not null)
        {
            context.Request.Body = new MemoryStream(body);
            context.Request.ContentLength = body.Length;
            context.Request.ContentType = contentType;
        }
        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    public static async Task<Response> ExecuteAsync(HttpRequest request, IActionResult result)
    {
        var context = request.HttpContext;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        context.Response.Body.Position = 0;
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        return new Response(context.Response.StatusCode, context.Response.ContentType, context.Response.Headers.Location.ToString(), text,
            context.Response.Headers.RetryAfter.ToString());
    }

    internal sealed record Response(int Status, string? ContentType, string Location, string Body, string RetryAfter = "")
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;

        public void AssertProblem(int status)
        {
            Assert.Equal(status, Status);
            Assert.StartsWith("application/problem+json", ContentType);
            Assert.Equal(status, Json.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(Json.GetProperty("detail").GetString()));
            Assert.DoesNotContain("   at ", Body, StringComparison.Ordinal);
        }
    }
}
