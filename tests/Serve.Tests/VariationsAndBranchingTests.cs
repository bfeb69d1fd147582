using System.Net;
using System.Text.Json.Nodes;
using Easel.Api;

namespace Easel.Serve.Tests;

/// <summary>Variations and branching on a real serve (DTFx over Azurite): candidates in their own folders, a revision
/// continuing from one of them, and the status (checked against the OpenAPI document) showing the tree.</summary>
[Collection(ServeCollection.Name)]
public sealed class VariationsAndBranchingTests(AzuriteFixture fixture)
{
    private HttpClient Client => fixture.Serve.Client;

    [Fact]
    public async Task Two_candidates_then_a_revision_from_the_second_one()
    {
        var document = JsonNode.Parse(OpenApiDocument.Json)!;
        var payload = await DurableHttp.StartAsync(Client, """{"prompt": "a goose on the grass", "seed": 4, "width": 96, "height": 96, "n": 2}""");
        var id = DurableHttp.Url(payload, "id");
        var first = await DurableHttp.WaitForApiRevisionAsync(Client, id, 0);
        OpenApiTests.Valid(document, "GenerationStatus", first);

        var candidates = first["history"]![0]!["candidates"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.Equal(2, candidates.Count);
        var pictures = await Task.WhenAll(candidates.Select(Client.GetByteArrayAsync));
        Assert.NotEqual(pictures[0], pictures[1]);
        // rK/ is candidate 0, as clients that know one picture per revision expect.
        Assert.Equal(pictures[0], await Client.GetByteArrayAsync(first["artifacts"]!["target"]!.GetValue<string>()));

        // A revision from a painting that does not exist is refused before anything is raised.
        using (var missing = await Client.PostAsync($"/api/generations/{id}/revisions", DurableHttp.Json("""{"text": "make it darker", "from": {"revision": 3}}""")))
        {
            Assert.Equal(HttpStatusCode.Conflict, missing.StatusCode);
            await DurableHttp.ProblemAsync(missing);
        }

        using (var revise = await Client.PostAsync($"/api/generations/{id}/revisions",
                   DurableHttp.Json("""{"text": "make it darker", "from": {"revision": 0, "candidate": 1}}""")))
            Assert.Equal(HttpStatusCode.Accepted, revise.StatusCode);
        var second = await DurableHttp.WaitForApiRevisionAsync(Client, id, 1);
        OpenApiTests.Valid(document, "GenerationStatus", second);
        Assert.Equal(0, second["history"]![1]!["from"]!["revision"]!.GetValue<int>());
        Assert.Equal(1, second["history"]![1]!["from"]!["candidate"]!.GetValue<int>());

        // A tone change re-runs only stylize: the composition is candidate 1's, carried over from its folder.
        var merged = await Client.GetByteArrayAsync($"/api/generations/{id}/artifacts/1/merged.png");
        Assert.Equal(await Client.GetByteArrayAsync($"/api/generations/{id}/artifacts/0/candidates/1/merged.png"), merged);
        Assert.NotEqual(await Client.GetByteArrayAsync($"/api/generations/{id}/artifacts/0/merged.png"), merged);
    }
}
