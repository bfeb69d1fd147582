using Easel.Api;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Easel.Functions.Tests;

/// <summary>The Functions app's triggers for variations (<c>n</c>) and branching (<c>from</c>), over the Durable client port.</summary>
public sealed class VariationsAndBranchingTests : IDisposable
{
    private const string Id = "0123456789abcdef0123456789abcdef";
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"easel-functions-{Guid.NewGuid():N}");
    private readonly FakeDurableClient client = new();
    private readonly GenerationFunctions functions;

    public VariationsAndBranchingTests()
    {
        functions = new GenerationFunctions(new FileArtifactStore(folder), NullLoggerFactory.Instance, new ApiOptions(), new RequestLimits(new ApiOptions()), new FunctionsAuth(null));
        // Revision 0 painted two candidates; revision 1 (one candidate) continued from candidate 1.
        var history = new[]
        {
            new RevisionRecord(0, null, "watercolor", $"{Id}/r0/target.png", Candidates: 2),
            new RevisionRecord(1, "make it ukiyo-e", "ukiyo-e", $"{Id}/r1/target.png", new RevisionSource(0, 1)),
        };
        var status = new PaintStatus(StageNames.Waiting, 1, Id, null, null, [ArtifactKeys.Target, ArtifactKeys.Manifest], history);
        client.Instances[Id] = GenerationFunctionsTests.Running(Id, new PaintInput(new PaintRequest("a goose", 3, ArtifactPrefix: Id, Candidates: 2)), status);
    }

    [Fact]
    public async Task Start_with_n_asks_the_orchestration_for_that_many_candidates()
    {
        var request = Http.Request("POST", "/api/generations", """{"prompt": "a goose on the grass", "n": 4}""");
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));

        Assert.Equal(202, response.Status);
        Assert.Equal(4, Assert.IsType<PaintInput>(Assert.Single(client.Scheduled).Input).Request.Candidates);
    }

    [Theory]
    [InlineData("""{"prompt": "x", "n": 0}""")]
    [InlineData("""{"prompt": "x", "n": 5}""")]
    [InlineData("""{"prompt": "x", "n": 1.5}""")]
    public async Task A_number_of_candidates_out_of_range_is_a_400_problem(string body)
    {
        var request = Http.Request("POST", "/api/generations", body);
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));
        response.AssertProblem(400);
        Assert.Empty(client.Scheduled);
    }

    [Fact]
    public async Task A_revision_from_an_earlier_candidate_carries_it_in_the_event()
    {
        var request = Http.Request("POST", $"/api/generations/{Id}/revisions", """{"text": "make it warmer", "n": 3, "from": {"revision": 0, "candidate": 1}}""");
        var response = await Http.ExecuteAsync(request, await functions.Revise(request, Id, client, default));

        Assert.Equal(202, response.Status);
        Assert.Equal(new RevisionEvent("make it warmer", 3, new RevisionSource(0, 1)), Assert.Single(client.Raised).Payload);
    }

    [Theory]
    [InlineData("""{"text": "x", "from": {"revision": 2}}""", 409)]                   // not painted yet
    [InlineData("""{"text": "x", "from": {"revision": 1, "candidate": 1}}""", 409)]   // revision 1 painted one candidate
    [InlineData("""{"text": "x", "from": {"revision": -1}}""", 400)]
    [InlineData("""{"text": "x", "from": {"candidate": 1}}""", 400)]
    [InlineData("""{"text": "x", "from": {"revision": 0, "candidate": 4}}""", 400)]
    [InlineData("""{"text": "x", "from": 0}""", 400)]
    [InlineData("""{"text": "x", "from": {"revision": 0, "branch": 1}}""", 400)]
    [InlineData("""{"text": "x", "n": 9}""", 400)]
    public async Task A_revision_from_a_painting_that_does_not_exist_is_refused(string body, int status)
    {
        var request = Http.Request("POST", $"/api/generations/{Id}/revisions", body);
        var response = await Http.ExecuteAsync(request, await functions.Revise(request, Id, client, default));
        response.AssertProblem(status);
        Assert.Empty(client.Raised);
    }

    [Fact]
    public async Task The_status_lists_each_revisions_candidates_and_where_it_came_from()
    {
        var request = Http.Request("GET", $"/api/generations/{Id}");
        var response = await Http.ExecuteAsync(request, await functions.Get(request, Id, client, default));

        var history = response.Json.GetProperty("history");
        Assert.Equal(
            [$"/api/generations/{Id}/artifacts/0/candidates/0/target.png", $"/api/generations/{Id}/artifacts/0/candidates/1/target.png"],
            history[0].GetProperty("candidates").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(1, history[1].GetProperty("from").GetProperty("candidate").GetInt32());
        Assert.Equal([$"/api/generations/{Id}/artifacts/1/target.png"], history[1].GetProperty("candidates").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [InlineData("1", "target.png", 200)]
    [InlineData("2", "target.png", 404)]
    [InlineData("4", "target.png", 400)]
    [InlineData("x", "target.png", 400)]
    [InlineData("1", "..", 400)]
    public async Task A_candidates_artifact_is_served_from_its_folder(string candidate, string name, int status)
    {
        await new FileArtifactStore(folder).WriteAsync(ArtifactKeys.For(Id, 0, 1, ArtifactKeys.Target), new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, "image/png");

        var request = Http.Request("GET", $"/api/generations/{Id}/artifacts/0/candidates/{candidate}/{name}");
        var response = await Http.ExecuteAsync(request, await functions.CandidateArtifact(request, Id, "0", candidate, name, client, default));
        if (status == 200)
        {
            Assert.Equal(200, response.Status);
            Assert.Equal("image/png", response.ContentType);
        }
        else
        {
            response.AssertProblem(status);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
