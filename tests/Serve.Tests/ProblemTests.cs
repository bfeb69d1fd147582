using System.Net;

namespace Easel.Serve.Tests;

/// <summary>Every caller mistake gets a 4xx problem+json with a readable detail; nothing reads outside its instance.</summary>
[Collection(ServeCollection.Name)]
public sealed class ProblemTests(AzuriteFixture fixture)
{
    private HttpClient Client => fixture.Serve.Client;

    public static TheoryData<string, int> BadStartBodies => new()
    {
        { "", 400 },
        { "not json", 400 },
        { "[]", 400 },
        { """{"prompt": 5}""", 400 },
        { """{"seed": 5}""", 400 },
        { """{"prompt": "   "}""", 400 },
        { """{"prompt": "a\u0001b"}""", 400 },
        { $$"""{"prompt": "{{new string('a', 2001)}}"}""", 400 },
        { """{"prompt": "x", "width": 63}""", 400 },
        { """{"prompt": "x", "height": 2049}""", 400 },
        { """{"prompt": "x", "width": "512"}""", 400 },
        { """{"prompt": "x", "style": "cubism"}""", 400 },
        { """{"prompt": "x", "stylizer": "magic"}""", 400 },
        { """{"prompt": "x", "seed": 1.5}""", 400 },
        { """{"prompt": "x", "seed": 99999999999}""", 400 },
        { """{"prompt": "x", "styleStrength": 2}""", 400 },
        { """{"prompt": "x", "colour": "red"}""", 400 },
        { $$"""{"prompt": "x", "style": "{{new string('a', 20_000)}}"}""", 413 },
    };

    [Theory]
    [MemberData(nameof(BadStartBodies))]
    public async Task Bad_start_bodies(string body, int status)
    {
        using var response = await Client.PostAsync("/api/generations", DurableHttp.Json(body));
        Assert.Equal(status, (int)response.StatusCode);
        var problem = await DurableHttp.ProblemAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("GET", "/api/generations/0123456789abcdef0123456789abcdef", 404)]
    [InlineData("GET", "/api/generations/bad.id", 400)]
    [InlineData("GET", "/api/generations/0123456789abcdef0123456789abcdef/artifacts/0/target.png", 404)]
    [InlineData("GET", "/api/generations/0123456789abcdef0123456789abcdef/artifacts/0/..%2F..%2Fr0%2Ftarget.png", 400)]
    // Kestrel removes dot segments before routing: "/0/%2E%2E" becomes ".../artifacts", which no route serves.
    [InlineData("GET", "/api/generations/0123456789abcdef0123456789abcdef/artifacts/0/%2E%2E", 404)]
    [InlineData("GET", "/api/generations/0123456789abcdef0123456789abcdef/artifacts/0/TARGET.PNG", 400)]
    [InlineData("GET", "/api/generations/0123456789abcdef0123456789abcdef/artifacts/-1/target.png", 400)]
    [InlineData("GET", "/api/generations/0123456789abcdef0123456789abcdef/artifacts/01/target.png", 400)]
    [InlineData("GET", "/api/generations/..%2F..%2Fsecret/artifacts/0/target.png", 400)]
    [InlineData("POST", "/api/generations/0123456789abcdef0123456789abcdef/revisions", 404)]
    [InlineData("GET", "/runtime/webhooks/durabletask/instances/0123456789abcdef0123456789abcdef", 404)]
    [InlineData("DELETE", "/runtime/webhooks/durabletask/instances/0123456789abcdef0123456789abcdef", 404)]
    [InlineData("POST", "/runtime/webhooks/durabletask/instances/0123456789abcdef0123456789abcdef/terminate", 404)]
    [InlineData("POST", "/runtime/webhooks/durabletask/instances/0123456789abcdef0123456789abcdef/raiseEvent/Finish", 404)]
    [InlineData("POST", "/runtime/webhooks/durabletask/instances/0123456789abcdef0123456789abcdef/raiseEvent/bad.name", 400)]
    [InlineData("GET", "/no/such/route", 404)]
    [InlineData("PUT", "/api/generations", 405)]
    public async Task Bad_routes_and_unknown_ids(string method, string path, int status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = DurableHttp.Json("""{"text": "add a dog"}""");
        using var response = await Client.SendAsync(request);
        Assert.Equal(status, (int)response.StatusCode);
        await DurableHttp.ProblemAsync(response);
    }

    [Fact]
    public async Task Bad_revision_bodies()
    {
        var payload = await DurableHttp.StartAsync(Client, """{"prompt": "a tree on a hill", "seed": 1, "width": 96, "height": 96}""");
        var id = DurableHttp.Url(payload, "id");
        foreach (var body in new[] { "", "{}", """{"text": ""}""", """{"text": 3}""", """{"text": "ok", "more": 1}""", "[\"text\"]" })
        {
            using var response = await Client.PostAsync($"/api/generations/{id}/revisions", DurableHttp.Json(body));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            await DurableHttp.ProblemAsync(response);
        }
        using var terminate = await Client.PostAsync(DurableHttp.Url(payload, "terminatePostUri").Replace("{text}", "test", StringComparison.Ordinal), null);
        Assert.Equal(HttpStatusCode.Accepted, terminate.StatusCode);
    }
}
