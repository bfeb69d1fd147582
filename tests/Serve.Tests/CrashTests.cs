using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Easel.Serve.Tests;

/// <summary>SIGKILL in the middle of a generation: a new serve on the same storage finishes it, with every artifact.</summary>
[Collection(ServeCollection.Name)]
public sealed class CrashTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task A_killed_serve_is_resumed_by_the_next_one()
    {
        // Its own task hub: nothing else in the run touches its queues.
        var hub = $"crash{Guid.NewGuid():N}"[..20];
        const string body = """{"prompt": "two geese on the grass under a big tree", "seed": 5, "width": 1536, "height": 1536}""";
        string id;
        string stageAtKill;
        await using (var first = await ServeProcess.StartAsync(fixture.ConnectionString, hub))
        {
            var payload = await DurableHttp.StartAsync(first.Client, body);
            id = DurableHttp.Url(payload, "id");
            // Kill as soon as a stage has finished but before the painting is done.
            var status = await DurableHttp.PollAsync(first.Client, $"/api/generations/{id}",
                s => s["stage"]!.GetValue<string>() is not ("queued" or "started"));
            stageAtKill = status["stage"]!.GetValue<string>();
            await first.KillAsync();
        }
        Assert.False(stageAtKill is "waiting" or "finished", $"the generation finished before the kill ({stageAtKill}); it should be slower than that");

        await using var second = await ServeProcess.StartAsync(fixture.ConnectionString, hub);
        var done = await DurableHttp.WaitForApiRevisionAsync(second.Client, id, 0);
        Assert.Equal("Running", done["runtimeStatus"]!.GetValue<string>());

        // Same text and seed on the healthy serve: every artifact of the resumed instance must be the same bytes.
        var reference = DurableHttp.Url(await DurableHttp.StartAsync(second.Client, body), "id");
        var expected = await DurableHttp.WaitForApiRevisionAsync(second.Client, reference, 0);
        var artifacts = done["artifacts"]!.AsObject().Select(a => a.Key).Order().ToList();
        Assert.Equal(expected["artifacts"]!.AsObject().Select(a => a.Key).Order(), artifacts);
        Assert.Contains("target", artifacts);
        foreach (var kind in artifacts.Where(k => k != "manifest"))
        {
            var resumed = await second.Client.GetByteArrayAsync(done["artifacts"]![kind]!.GetValue<string>());
            var fresh = await second.Client.GetByteArrayAsync(expected["artifacts"]![kind]!.GetValue<string>());
            Assert.True(resumed.AsSpan().SequenceEqual(fresh), $"{kind} differs after the crash");
        }
        Assert.Equal((1536, 1536), Png.Size(await second.Client.GetByteArrayAsync(done["artifacts"]!["target"]!.GetValue<string>())));
        var manifest = await second.Client.GetFromJsonAsync<JsonObject>(done["artifacts"]!["manifest"]!.GetValue<string>());
        Assert.Equal(artifacts.Where(k => k != "manifest").Order(), manifest!["artifacts"]!.AsObject().Select(a => a.Key).Order());

        foreach (var instance in new[] { id, reference })
        {
            using var terminate = await second.Client.PostAsync($"/runtime/webhooks/durabletask/instances/{instance}/terminate", null);
            Assert.Equal(HttpStatusCode.Accepted, terminate.StatusCode);
        }
    }
}
