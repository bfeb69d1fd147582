using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Easel.Serve.Tests;

/// <summary>The gallery and Durable's list route on a real serve, over the Azure Storage backend's instance query.</summary>
[Collection(ServeCollection.Name)]
public sealed class GalleryTests(AzuriteFixture fixture)
{
    private HttpClient Client => fixture.Serve.Client;

    [Fact]
    public async Task The_gallery_lists_generations_newest_first_with_a_working_continuation_token()
    {
        var started = new List<string>();
        foreach (var prompt in new[] { "a red boat at sea", "a cat under a tree", "a horse in a meadow" })
        {
            started.Add(DurableHttp.Url(await DurableHttp.StartAsync(Client, $$"""{"prompt": "{{prompt}}", "seed": 1, "width": 96, "height": 96}"""), "id"));
            await Task.Delay(50); // distinct created times
        }
        await DurableHttp.WaitForApiRevisionAsync(Client, started[^1], 0);

        // Walk the whole gallery two at a time; the three just started come first, newest first.
        var seen = new List<JsonObject>();
        string? token = null;
        do
        {
            using var response = await Client.GetAsync($"/api/generations?top=2{(token is null ? "" : $"&continuationToken={token}")}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            var items = page["items"]!.AsArray();
            Assert.InRange(items.Count, 0, 2);
            seen.AddRange(items.Select(i => i!.AsObject()));
            token = page["continuationToken"]?.GetValue<string>();
        }
        while (token is not null);

        var ids = seen.Select(i => i["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Distinct(), ids);
        Assert.Equal(Enumerable.Reverse(started), ids.Take(3));
        var times = seen.Select(i => i["createdTime"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(times.OrderDescending(), times);
        var horse = seen[0];
        Assert.Equal("a horse in a meadow", horse["prompt"]!.GetValue<string>());
        Assert.Equal(1, horse["revisions"]!.GetValue<int>());
        using (var thumbnail = await Client.GetAsync(horse["thumbnail"]!.GetValue<string>()))
            Assert.Equal("image/png", thumbnail.Content.Headers.ContentType!.MediaType);

        // Durable's list route: an array of instance statuses, filtered by its own parameters.
        using var list = await Client.GetAsync($"/runtime/webhooks/durabletask/instances?runtimeStatus=Running,Pending&createdTimeFrom={Uri.EscapeDataString(times[2].AddSeconds(-1).ToString("o"))}&top=50");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var instances = (await list.Content.ReadFromJsonAsync<JsonArray>())!.Select(i => i!["instanceId"]!.GetValue<string>()).ToList();
        Assert.Subset(instances.ToHashSet(), started.ToHashSet());

        using var bad = await Client.GetAsync("/api/generations?top=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        await DurableHttp.ProblemAsync(bad);
    }
}
