using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Easel.Serve.Tests;

/// <summary>A real serve on loopback, driven the way a Durable Functions client drives a Functions app.</summary>
[Collection(ServeCollection.Name)]
public sealed class DurableClientTests(AzuriteFixture fixture)
{
    private HttpClient Client => fixture.Serve.Client;

    [Fact]
    public async Task Start_poll_fetch_revise_poll_fetch()
    {
        var payload = await DurableHttp.StartAsync(Client, """{"prompt": "a goose on the grass by a lake", "seed": 7, "width": 320, "height": 256}""");
        var id = DurableHttp.Url(payload, "id");
        var statusUri = DurableHttp.Url(payload, "statusQueryGetUri");
        foreach (var name in new[] { "sendEventPostUri", "terminatePostUri", "purgeHistoryDeleteUri", "suspendPostUri", "resumePostUri" })
            Assert.StartsWith($"{fixture.Serve.BaseUri.ToString().TrimEnd('/')}/runtime/webhooks/durabletask/instances/{id}", DurableHttp.Url(payload, name));

        // While it paints, Durable's status URL answers 202; revision 0 is done when the orchestration waits for comments.
        using (var early = await Client.GetAsync(statusUri))
            Assert.Equal(HttpStatusCode.Accepted, early.StatusCode);
        var done = await DurableHttp.WaitForRevisionAsync(Client, statusUri, 0);
        Assert.Equal("Paint", done["name"]!.GetValue<string>());
        Assert.Equal("Running", done["runtimeStatus"]!.GetValue<string>());

        var status = await GetStatusAsync(id);
        Assert.True(status["ready"]!.GetValue<bool>());
        Assert.Equal("a goose on the grass by a lake", status["prompt"]!.GetValue<string>());
        Assert.Contains(status["elements"]!.AsArray(), e => e!["name"]!.GetValue<string>() == "grass" && e["role"]!.GetValue<string>() == "background");
        Assert.False(string.IsNullOrEmpty(status["style"]!["name"]!.GetValue<string>()));

        var target = await Client.GetByteArrayAsync(status["artifacts"]!["target"]!.GetValue<string>());
        Assert.Equal((320, 256), Png.Size(target));

        using (var revise = await Client.PostAsync($"/api/generations/{id}/revisions", DurableHttp.Json("""{"text": "make it darker"}""")))
            Assert.Equal(HttpStatusCode.Accepted, revise.StatusCode);
        await DurableHttp.WaitForRevisionAsync(Client, statusUri, 1);
        var revised = await DurableHttp.WaitForApiRevisionAsync(Client, id, 1);

        // Every artifact of revision 1 is there: the re-run stages' and the ones carried over.
        var artifacts = revised["artifacts"]!.AsObject();
        Assert.Contains("target", artifacts.Select(a => a.Key));
        foreach (var (kind, url) in artifacts)
        {
            var bytes = await Client.GetByteArrayAsync(url!.GetValue<string>());
            Assert.Contains("/artifacts/1/", url.GetValue<string>());
            if (kind == "manifest")
            {
                var manifest = JsonNode.Parse(bytes)!;
                Assert.Equal(1, manifest["revision"]!.GetValue<int>());
                Assert.Equal("make it darker", manifest["revisionText"]!.GetValue<string>());
            }
            else
            {
                var (width, height) = Png.Size(bytes);
                Assert.True(width > 0 && height > 0);
            }
        }
        var history = revised["history"]!.AsArray();
        Assert.Equal([0, 1], history.Select(h => h!["revision"]!.GetValue<int>()));
        Assert.Equal("make it darker", history[1]!["text"]!.GetValue<string>());
        Assert.Equal((320, 256), Png.Size(await Client.GetByteArrayAsync(history[0]!["target"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Terminate_then_purge_another_instance()
    {
        var payload = await DurableHttp.StartAsync(Client, """{"prompt": "a red boat at sea", "seed": 3}""");
        var statusUri = DurableHttp.Url(payload, "statusQueryGetUri");
        var terminate = DurableHttp.Url(payload, "terminatePostUri").Replace("{text}", "changed%20my%20mind", StringComparison.Ordinal);

        using (var response = await Client.PostAsync(terminate, null))
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var ended = await DurableHttp.WaitForRuntimeStatusAsync(Client, statusUri, "Terminated");
        using (var final = await Client.GetAsync(statusUri))
            Assert.Equal(HttpStatusCode.OK, final.StatusCode);
        Assert.Equal("Terminated", ended["runtimeStatus"]!.GetValue<string>());

        // An ended generation takes no more comments.
        using (var late = await Client.PostAsync($"/api/generations/{DurableHttp.Url(payload, "id")}/revisions", DurableHttp.Json("""{"text": "add a dog"}""")))
        {
            Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
            await DurableHttp.ProblemAsync(late);
        }

        using (var purge = await Client.DeleteAsync(DurableHttp.Url(payload, "purgeHistoryDeleteUri")))
        {
            Assert.Equal(HttpStatusCode.OK, purge.StatusCode);
            Assert.Equal(1, (await purge.Content.ReadFromJsonAsync<JsonObject>())!["instancesDeleted"]!.GetValue<int>());
        }
        using (var gone = await Client.GetAsync(statusUri))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
            await DurableHttp.ProblemAsync(gone);
        }
        using (var again = await Client.DeleteAsync(DurableHttp.Url(payload, "purgeHistoryDeleteUri")))
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    private async Task<JsonObject> GetStatusAsync(string id)
    {
        using var response = await Client.GetAsync($"/api/generations/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
