using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Easel.Api;
using Easel.Cli.Serve;
using Json.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Easel.Serve.Tests;

/// <summary>The OpenAPI document against serve: the same routes, and real responses that its schemas accept.</summary>
[Collection(ServeCollection.Name)]
public sealed class OpenApiTests(AzuriteFixture fixture)
{
    private HttpClient Client => fixture.Serve.Client;

    [Fact]
    public async Task The_document_has_exactly_the_routes_and_methods_serve_maps()
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();
        ServeEndpoints.Map(app, null!, null!);
        var mapped = ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order().ToList();

        var documented = Paths(JsonDocument.Parse(OpenApiDocument.Json).RootElement).Order().ToList();
        Assert.Equal(mapped, documented);
    }

    [Fact]
    public async Task Real_responses_match_the_documents_schemas()
    {
        using var served = await Client.GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        var document = JsonNode.Parse(await served.Content.ReadAsStringAsync())!;

        using var start = await Client.PostAsync("/api/generations", DurableHttp.Json("""{"prompt": "a cat under a tree", "seed": 2, "width": 96, "height": 96}"""));
        var payload = JsonNode.Parse(await start.Content.ReadAsStringAsync())!;
        Valid(document, "ManagementPayload", payload);
        var id = payload["id"]!.GetValue<string>();

        using (var early = await Client.GetAsync($"/api/generations/{id}"))
            Valid(document, "GenerationStatus", JsonNode.Parse(await early.Content.ReadAsStringAsync())!);
        Valid(document, "GenerationStatus", await DurableHttp.WaitForApiRevisionAsync(Client, id, 0));
        using (var gallery = await Client.GetAsync("/api/generations?top=3"))
            Valid(document, "GalleryPage", JsonNode.Parse(await gallery.Content.ReadAsStringAsync())!);
        using (var instance = await Client.GetAsync($"/runtime/webhooks/durabletask/instances/{id}"))
            Valid(document, "InstanceStatus", JsonNode.Parse(await instance.Content.ReadAsStringAsync())!);
        foreach (var (method, url, body) in new[]
        {
            ("POST", "/api/generations", """{"prompt": ""}"""),
            ("GET", "/api/generations/0123456789abcdef0123456789abcdef", null),
            ("GET", "/api/generations?top=0", null),
        })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : DurableHttp.Json(body) };
            using var problem = await Client.SendAsync(request);
            Assert.Equal("application/problem+json", problem.Content.Headers.ContentType!.MediaType);
            Valid(document, "Problem", JsonNode.Parse(await problem.Content.ReadAsStringAsync())!);
        }

        // And the schemas can fail: a status without its id is refused.
        var broken = (await DurableHttp.WaitForApiRevisionAsync(Client, id, 0)).DeepClone().AsObject();
        broken.Remove("id");
        Assert.False(Evaluate(document, "GenerationStatus", broken).IsValid);
    }

    private static IEnumerable<string> Paths(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name != "parameters").Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"));

    internal static void Valid(JsonNode document, string schema, JsonNode instance)
    {
        var result = Evaluate(document, schema, instance);
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, $"{schema}: {string.Join("; ", errors)}\n{instance.ToJsonString()}");
    }

    /// <summary>OpenAPI 3.1 schemas are JSON Schema 2020-12: the document's schemas become $defs of one schema that refers to one of them.</summary>
    private static EvaluationResults Evaluate(JsonNode document, string schema, JsonNode instance)
    {
        var definitions = document["components"]!["schemas"]!.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://easel.local/openapi-{Guid.NewGuid():N}.json",
            ["$ref"] = $"#/$defs/{schema}",
            ["$defs"] = JsonNode.Parse(definitions),
        };
        return JsonSchema.FromText(root.ToJsonString()).Evaluate(JsonSerializer.SerializeToElement(instance), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }
}
