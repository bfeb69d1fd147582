using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Easel.Serve.Tests;

/// <summary>serve with API keys: 401 without one, each key sees only its own generations (404 on every route for
/// the others), the Host header never reaches a URL, non-JSON bodies are 415, and the start rate is limited.</summary>
[Collection(ServeCollection.Name)]
public sealed class KeyAndOwnershipTests(AzuriteFixture fixture)
{
    private const string KeyA = "alice-key-0123456789";
    private const string KeyB = "bob-key-9876543210";

    [Fact]
    public async Task Keys_owners_hosts_media_types_and_rates()
    {
        var web = Directory.CreateTempSubdirectory("easel-web-").FullName;
        await File.WriteAllTextAsync(Path.Combine(web, "index.html"), "<!doctype html><title>Easel</title>");
        await using var serve = await ServeProcess.StartAsync(fixture.ConnectionString, $"keys{Guid.NewGuid():N}"[..16], new Dictionary<string, string>
        {
            ["EASEL_API_KEY"] = $"{KeyA}, {KeyB}",
            ["EASEL_STARTS_PER_MINUTE"] = "3",
            ["EASEL_WEB"] = web,
        });
        var anonymous = serve.Client;
        using var alice = Client(serve, KeyA, bearer: false);
        using var bob = Client(serve, KeyB, bearer: true);

        // The page stays open; every API and management route needs a key.
        using (var page = await anonymous.GetAsync("/")) Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        foreach (var (method, path) in new[] { ("POST", "/api/generations"), ("GET", "/api/generations/0123456789abcdef0123456789abcdef"),
                     ("GET", "/runtime/webhooks/durabletask/instances/0123456789abcdef0123456789abcdef") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? DurableHttp.Json("""{"prompt": "x"}""") : null };
            using var refused = await anonymous.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            await DurableHttp.ProblemAsync(refused);
        }
        using (var wrong = Client(serve, "not-a-key", bearer: false))
        using (var refused = await wrong.GetAsync("/api/generations/0123456789abcdef0123456789abcdef"))
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        // Alice's generation.
        var payload = await DurableHttp.StartAsync(alice, """{"prompt": "a goose on the grass", "seed": 4, "width": 96, "height": 96}""");
        var id = DurableHttp.Url(payload, "id");
        var ready = await DurableHttp.WaitForApiRevisionAsync(alice, id, 0);
        var target = ready["artifacts"]!["target"]!.GetValue<string>();
        using (var mine = await alice.GetAsync(target)) Assert.Equal(HttpStatusCode.OK, mine.StatusCode);

        // Bob gets 404 on every route of it, like an id that does not exist.
        var instance = $"/runtime/webhooks/durabletask/instances/{id}";
        foreach (var (method, path, body) in new (string, string, string?)[]
                 {
                     ("GET", $"/api/generations/{id}", null), ("GET", target, null),
                     ("POST", $"/api/generations/{id}/revisions", """{"text": "darker"}"""),
                     ("GET", instance, null), ("DELETE", instance, null), ("POST", $"{instance}/terminate", null),
                     ("POST", $"{instance}/suspend", null), ("POST", $"{instance}/resume", null),
                     ("POST", $"{instance}/raiseEvent/Finish", null),
                 })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : DurableHttp.Json(body) };
            using var response = await bob.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path}: {response.StatusCode}");
            await DurableHttp.ProblemAsync(response);
        }
        Assert.Equal("Running", (await DurableHttp.WaitForApiRevisionAsync(alice, id, 0))["runtimeStatus"]!.GetValue<string>());
        await ThePageSessionCookieReadsButNeverWritesAsync(serve, id, target, instance);

        // A forged Host header is refused, and never echoed into a URL.
        using (var forged = new HttpRequestMessage(HttpMethod.Post, "/api/generations") { Content = DurableHttp.Json("""{"prompt": "a goose"}""") })
        {
            forged.Headers.Host = "evil.example";
            using var response = await alice.SendAsync(forged);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.DoesNotContain("evil", payload.ToJsonString(), StringComparison.Ordinal);
        Assert.StartsWith(serve.BaseUri.GetLeftPart(UriPartial.Authority), DurableHttp.Url(payload, "statusQueryGetUri"), StringComparison.Ordinal);

        // A cross-site form or text/plain body cannot start anything.
        foreach (var (content, type) in new[] { ("""{"prompt": "a goose"}""", "text/plain"), ("prompt=a+goose", "application/x-www-form-urlencoded") })
        {
            using var response = await alice.PostAsync("/api/generations", new StringContent(content, Encoding.UTF8, type));
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            await DurableHttp.ProblemAsync(response);
        }

        // Alice has had 1 of her 3 starts a minute (the refused ones above count too: 2 more attempts); the next is 429.
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 4 && limited is null; i++)
        {
            var response = await alice.PostAsync("/api/generations", DurableHttp.Json("""{"prompt": "a cat", "width": 64, "height": 64}"""));
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited = response;
            else response.Dispose();
        }
        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), limited.Headers.RetryAfter?.ToString());
        await DurableHttp.ProblemAsync(limited);
        limited.Dispose();
        // Bob's bucket is his own.
        using (var bobs = await bob.PostAsync("/api/generations", DurableHttp.Json("""{"prompt": "a cat", "width": 64, "height": 64}""")))
            Assert.Equal(HttpStatusCode.Accepted, bobs.StatusCode);

        // Purge means gone: the artifacts too.
        using (var terminate = await alice.PostAsync($"{instance}/terminate?reason=test", null)) Assert.Equal(HttpStatusCode.Accepted, terminate.StatusCode);
        await DurableHttp.PollAsync(alice, instance, s => s["runtimeStatus"]?.GetValue<string>() == "Terminated");
        using (var purge = await alice.DeleteAsync(instance)) Assert.Equal(HttpStatusCode.OK, purge.StatusCode);
        var blobs = new Azure.Storage.Blobs.BlobContainerClient(fixture.ConnectionString, "generations");
        await foreach (var blob in blobs.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = $"{id}/" })) Assert.Fail($"{blob.Name} survived the purge");
        Directory.Delete(web, recursive: true);
    }

    /// <summary>
    /// A keyed request also gets the page's session cookie (HttpOnly, SameSite=Strict), so that the browser can load
    /// pictures and the event stream, which it requests without headers. The cookie reads its owner's generations and
    /// nothing else; it never changes anything (no cross-site request forgery), and a forged one is refused.
    /// </summary>
    private static async Task ThePageSessionCookieReadsButNeverWritesAsync(ServeProcess serve, string id, string target, string instance)
    {
        using var browser = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = serve.BaseUri, Timeout = TimeSpan.FromSeconds(60) };
        async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? cookie, string? key = null, string? body = null)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : DurableHttp.Json(body) };
            if (cookie is not null) request.Headers.Add("Cookie", cookie);
            if (key is not null) request.Headers.Add("x-api-key", key);
            // Headers only: the event stream stays open while the generation waits for comments.
            return await browser.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        }
        string SessionOf(HttpResponseMessage response)
        {
            var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("easel-session=", StringComparison.Ordinal));
            Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(KeyA, setCookie, StringComparison.Ordinal);
            return setCookie.Split(';')[0];
        }

        string alices, bobs;
        using (var keyed = await Send(HttpMethod.Get, $"/api/generations/{id}", null, KeyA)) alices = SessionOf(keyed);
        using (var keyed = await Send(HttpMethod.Get, "/api/generations", null, KeyB)) bobs = SessionOf(keyed);
        // A request that already carries a fresh cookie is not given another one.
        using (var again = await Send(HttpMethod.Get, $"/api/generations/{id}", alices, KeyA)) Assert.False(again.Headers.Contains("Set-Cookie"));

        using (var status = await Send(HttpMethod.Get, $"/api/generations/{id}", alices)) Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        using (var picture = await Send(HttpMethod.Get, target, alices))
        {
            Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
            Assert.Equal("image/png", picture.Content.Headers.ContentType?.MediaType);
        }
        using (var events = await Send(HttpMethod.Get, $"/api/generations/{id}/events", alices))
            Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        using (var others = await Send(HttpMethod.Get, $"/api/generations/{id}", bobs)) Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);

        // Writes need the key itself: a revision, a terminate or a purge with only the cookie is 401, and nothing happened.
        foreach (var (method, path, body) in new (HttpMethod, string, string?)[]
                 {
                     (HttpMethod.Post, $"/api/generations/{id}/revisions", """{"text": "darker"}"""),
                     (HttpMethod.Post, "/api/generations", """{"prompt": "a goose"}"""),
                     (HttpMethod.Post, $"{instance}/terminate", null), (HttpMethod.Delete, instance, null),
                 })
        {
            using var refused = await Send(method, path, alices, body: body);
            Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} with the cookie only: {refused.StatusCode}");
            await DurableHttp.ProblemAsync(refused);
        }

        // A cookie whose owner was swapped, or whose signature or expiry was touched, is no cookie.
        var parts = alices["easel-session=".Length..].Split('.');
        var bobsOwner = bobs["easel-session=".Length..].Split('.')[0];
        foreach (var forged in new[] { $"{bobsOwner}.{parts[1]}.{parts[2]}", $"{parts[0]}.{parts[1]}9.{parts[2]}", $"{parts[0]}.{parts[1]}.{parts[2][..^2]}AA" })
        {
            using var refused = await Send(HttpMethod.Get, $"/api/generations/{id}", $"easel-session={forged}");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
    }

    private static HttpClient Client(ServeProcess serve, string key, bool bearer)
    {
        var client = new HttpClient { BaseAddress = serve.BaseUri, Timeout = TimeSpan.FromSeconds(60) };
        if (bearer) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        else client.DefaultRequestHeaders.Add("x-api-key", key);
        return client;
    }
}
