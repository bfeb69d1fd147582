using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Easel.Serve.Tests;

/// <summary>What a Durable Functions client does over HTTP: start, poll the status URL, raise events.</summary>
internal static class DurableHttp
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonObject> StartAsync(HttpClient client, string body)
    {
        using var response = await client.PostAsync("/api/generations", Json(body));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var payload = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(payload["statusQueryGetUri"]!.GetValue<string>(), response.Headers.Location!.ToString());
        return payload;
    }

    public static string Url(JsonObject payload, string name) => payload[name]!.GetValue<string>();

    /// <summary>Polls Durable's status URL until the custom status says revision <paramref name="revision"/> is complete.</summary>
    public static Task<JsonObject> WaitForRevisionAsync(HttpClient client, string statusQueryGetUri, int revision) =>
        PollAsync(client, statusQueryGetUri, status =>
            status["customStatus"] is JsonObject custom
            && Field(custom, "stage")?.GetValue<string>() is "waiting" or "finished"
            && Field(custom, "revision")?.GetValue<int>() == revision);

    /// <summary>A field of what the engine serialized, whatever its casing (Durable's converter keeps .NET's PascalCase).</summary>
    public static JsonNode? Field(JsonObject json, string name) =>
        json.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public static Task<JsonObject> WaitForRuntimeStatusAsync(HttpClient client, string statusQueryGetUri, string runtimeStatus) =>
        PollAsync(client, statusQueryGetUri, status => status["runtimeStatus"]?.GetValue<string>() == runtimeStatus);

    public static async Task<JsonObject> PollAsync(HttpClient client, string url, Func<JsonObject, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        JsonObject? last = null;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted)
            {
                last = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
                if (done(last)) return last;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{url} did not get there; last status: {last?.ToJsonString()}");
    }

    /// <summary>Polls the API's own status route until revision <paramref name="revision"/> is ready.</summary>
    public static Task<JsonObject> WaitForApiRevisionAsync(HttpClient client, string id, int revision) =>
        PollAsync(client, $"/api/generations/{id}", status =>
            status["ready"]!.GetValue<bool>() && status["revision"]!.GetValue<int>() == revision);

    public static async Task<JsonDocument> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal); // never a stack trace
        var problem = JsonDocument.Parse(text);
        Assert.Equal((int)response.StatusCode, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
        return problem;
    }
}
