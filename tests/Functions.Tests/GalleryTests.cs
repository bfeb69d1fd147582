using System.Text.Json;
using Easel.Api;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace Easel.Functions.Tests;

/// <summary>GET /api/generations through the Functions app's trigger, over Durable's instance query (GetAllInstancesAsync).</summary>
public sealed class GalleryTests : IAsyncDisposable
{
    private const string Mine = "my-key";
    private readonly FakeDurableClient client = new();
    private readonly GenerationFunctions functions = new(new FileArtifactStore(Path.GetTempPath()), NullLoggerFactory.Instance,
        new ApiOptions(), new RequestLimits(new ApiOptions()), new FunctionsAuth(null));

    public GalleryTests()
    {
        // 150 of mine (more than one engine page), one minute apart, and 30 of someone else's in between.
        for (var i = 0; i < 150; i++) Add(i, Caller.ForKey(Mine), i % 3 == 0 ? OrchestrationRuntimeStatus.Completed : OrchestrationRuntimeStatus.Running);
        for (var i = 0; i < 30; i++) Add(1000 + i, Caller.ForKey("someone else"), OrchestrationRuntimeStatus.Running);
    }

    public ValueTask DisposeAsync() => client.DisposeAsync();

    [Fact]
    public async Task Pages_hold_only_my_generations_newest_first_and_the_token_walks_through_all_of_them()
    {
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await ListAsync($"?top=40{(token is null ? "" : $"&continuationToken={token}")}");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.True(items.Count <= 40);
            seen.AddRange(items.Select(i => i.GetProperty("id").GetString()!));
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);

        Assert.Equal(Enumerable.Range(0, 150).Reverse().Select(Id), seen);
        Assert.All(client.Queries, q => Assert.True(q.FetchInputsAndOutputs));
    }

    [Fact]
    public async Task An_item_has_the_prompt_status_revision_count_and_thumbnail()
    {
        var page = await ListAsync("?top=1&status=Completed");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(Id(147), item.GetProperty("id").GetString());
        Assert.Equal(("a goose 147", "Completed", 2), (item.GetProperty("prompt").GetString(), item.GetProperty("runtimeStatus").GetString(), item.GetProperty("revisions").GetInt32()));
        Assert.Equal($"/api/generations/{Id(147)}/artifacts/1/target.png", item.GetProperty("thumbnail").GetString());
        Assert.Equal([OrchestrationRuntimeStatus.Completed], client.Queries[^1].Statuses!);
    }

    [Fact]
    public async Task The_created_window_is_passed_to_Durables_query()
    {
        var page = await ListAsync("?createdFrom=2026-01-01T00:10:00Z&createdTo=2026-01-01T00:19:00Z");
        Assert.Equal(Enumerable.Range(10, 10).Reverse().Select(Id), page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 10, 0, TimeSpan.Zero), client.Queries[^1].CreatedFrom);
    }

    [Theory]
    [InlineData("?top=0")]
    [InlineData("?top=1000")]
    [InlineData("?status=Sleeping")]
    [InlineData("?createdFrom=yesterday")]
    [InlineData("?continuationToken=bm90IG91cnM")]
    [InlineData("?color=red")]
    public async Task Bad_queries_are_400_problems(string query)
    {
        var request = Http.Request("GET", "/api/generations", functionKey: Mine);
        request.QueryString = new Microsoft.AspNetCore.Http.QueryString(query);
        (await Http.ExecuteAsync(request, await functions.List(request, client, default))).AssertProblem(400);
    }

    private async Task<JsonElement> ListAsync(string query)
    {
        var request = Http.Request("GET", "/api/generations", functionKey: Mine);
        request.QueryString = new Microsoft.AspNetCore.Http.QueryString(query);
        var response = await Http.ExecuteAsync(request, await functions.List(request, client, default));
        Assert.Equal(200, response.Status);
        return response.Json;
    }

    private static string Id(int i) => i.ToString("x32");

    private void Add(int i, string owner, OrchestrationRuntimeStatus status)
    {
        var id = Id(i);
        var input = new PaintInput(new PaintRequest($"a goose {i}", i, ArtifactPrefix: id, Owner: owner));
        var custom = new PaintStatus("waiting", 1, id, null, null, [ArtifactKeys.Target],
            [new RevisionRecord(0, null, "watercolor", $"{id}/r0/target.png"), new RevisionRecord(1, "darker", "watercolor", $"{id}/r1/target.png")]);
        client.Instances[id] = new OrchestrationMetadata(ActivityNames.Orchestrator, id)
        {
            RuntimeStatus = status,
            SerializedInput = JsonSerializer.Serialize(input),
            SerializedCustomStatus = JsonSerializer.Serialize(custom),
            CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i % 1000),
            LastUpdatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i % 1000),
        };
    }
}
