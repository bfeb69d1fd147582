using System.Reflection;
using System.Text.Json;
using Easel.Api;
using Microsoft.Azure.Functions.Worker;

namespace Easel.Functions.Tests;

/// <summary>The OpenAPI document describes exactly the Functions app's API triggers, and the app serves it.</summary>
public sealed class OpenApiTests
{
    [Fact]
    public void The_document_has_exactly_the_API_routes_and_methods_of_the_triggers()
    {
        var triggers = typeof(GenerationFunctions).GetMethods()
            .SelectMany(m => m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()))
            .Where(t => t?.Route is not null && t.Route.StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(t => t!.Methods!.Select(method => $"{method.ToUpperInvariant()} /{t.Route}"))
            .Order().ToList();

        using var document = JsonDocument.Parse(OpenApiDocument.Json);
        Assert.Equal("3.1.0", document.RootElement.GetProperty("openapi").GetString());
        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name != "parameters").Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .Order().ToList();
        Assert.Equal(triggers, documented);
    }

    [Fact]
    public async Task The_app_serves_the_document()
    {
        var request = Http.Request("GET", "/api/openapi.json");
        var response = await Http.ExecuteAsync(request, new GenerationFunctions(null!, null!, new ApiOptions(), null!, null!).OpenApi(request));
        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("3.1.0", response.Json.GetProperty("openapi").GetString());
    }
}
