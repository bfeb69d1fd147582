using System.Text.Json;
using Easel.Api;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace Easel.Functions.Tests;

public sealed class GenerationFunctionsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"easel-functions-{Guid.NewGuid():N}");
    private readonly FakeDurableClient client = new();
    private readonly GenerationFunctions functions;

    public GenerationFunctionsTests() =>
        functions = new GenerationFunctions(new FileArtifactStore(folder), NullLoggerFactory.Instance, new ApiOptions(), new RequestLimits(new ApiOptions()), new FunctionsAuth(null));

    [Fact]
    public async Task Start_returns_202_with_the_status_payload_and_location_and_no_management_urls()
    {
        var request = Http.Request("POST", "/api/generations", """{"prompt": "a goose on the grass", "seed": 7, "width": 640, "height": 480, "style": "watercolor"}""");
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));

        Assert.Equal(202, response.Status);
        var id = response.Json.GetProperty("id").GetString()!;
        Assert.Equal(response.Json.GetProperty("statusQueryGetUri").GetString(), response.Location);
        // Without the system key: Easel's own status and revision URLs, and none of Durable's (they would carry the key).
        Assert.Equal($"http://localhost:7071/api/generations/{id}", response.Json.GetProperty("statusQueryGetUri").GetString());
        Assert.Equal($"http://localhost:7071/api/generations/{id}/revisions", response.Json.GetProperty("sendEventPostUri").GetString());
        foreach (var name in new[] { "terminatePostUri", "purgeHistoryDeleteUri", "suspendPostUri", "resumePostUri" })
            Assert.False(response.Json.TryGetProperty(name, out _), name);
        Assert.DoesNotContain("code=", response.Body, StringComparison.Ordinal);

        var (name2, input, options) = Assert.Single(client.Scheduled);
        Assert.Equal(ActivityNames.Orchestrator, name2.Name);
        Assert.Equal(id, options!.InstanceId);
        var paint = Assert.IsType<PaintInput>(input).Request;
        Assert.Equal(new PaintRequest("a goose on the grass", 7, 640, 480, "watercolor", "auto", null, id), paint);
    }

    [Fact]
    public async Task Unknown_id_is_a_404_problem()
    {
        var request = Http.Request("GET", "/api/generations/0123456789abcdef0123456789abcdef");
        var response = await Http.ExecuteAsync(request, await functions.Get(request, "0123456789abcdef0123456789abcdef", client, default));
        response.AssertProblem(404);
    }

    [Fact]
    public async Task Status_shapes_the_custom_status()
    {
        const string id = "0123456789abcdef0123456789abcdef";
        var input = new PaintInput(new PaintRequest("a goose", 3, ArtifactPrefix: id));
        var status = new PaintStatus("waiting", 0, id, null, null, [ArtifactKeys.Target, ArtifactKeys.Manifest], [new RevisionRecord(0, null, "watercolor", $"{id}/r0/target.png")]);
        client.Instances[id] = Running(id, input, status);

        var request = Http.Request("GET", $"/api/generations/{id}");
        var response = await Http.ExecuteAsync(request, await functions.Get(request, id, client, default));

        Assert.Equal(200, response.Status);
        Assert.Equal("Running", response.Json.GetProperty("runtimeStatus").GetString());
        Assert.Equal("waiting", response.Json.GetProperty("stage").GetString());
        Assert.True(response.Json.GetProperty("ready").GetBoolean());
        Assert.Equal($"/api/generations/{id}/artifacts/0/target.png", response.Json.GetProperty("artifacts").GetProperty("target").GetString());
        Assert.Equal("a goose", response.Json.GetProperty("prompt").GetString());
    }

    [Fact]
    public async Task Revision_raises_the_Revision_event_with_the_comment()
    {
        const string id = "0123456789abcdef0123456789abcdef";
        client.Instances[id] = Running(id, new PaintInput(new PaintRequest("a goose", 3, ArtifactPrefix: id)), null);

        var request = Http.Request("POST", $"/api/generations/{id}/revisions", """{"text": "make it darker"}""");
        var response = await Http.ExecuteAsync(request, await functions.Revise(request, id, client, default));

        Assert.Equal(202, response.Status);
        var (instance, eventName, payload) = Assert.Single(client.Raised);
        Assert.Equal(id, instance);
        Assert.Equal(RevisionEvent.Name, eventName);
        Assert.Equal(new RevisionEvent("make it darker"), payload);
    }

    [Fact]
    public async Task Revision_of_an_unknown_generation_is_a_404_problem()
    {
        var request = Http.Request("POST", "/api/generations/0123456789abcdef0123456789abcdef/revisions", """{"text": "add a dog"}""");
        var response = await Http.ExecuteAsync(request, await functions.Revise(request, "0123456789abcdef0123456789abcdef", client, default));
        response.AssertProblem(404);
        Assert.Empty(client.Raised);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("""{"prompt": 1}""")]
    [InlineData("""{"prompt": ""}""")]
    [InlineData("""{"prompt": "x", "width": 10}""")]
    [InlineData("""{"prompt": "x", "style": "cubism"}""")]
    [InlineData("""{"prompt": "x", "stylizer": "magic"}""")]
    [InlineData("""{"prompt": "x", "seed": "7"}""")]
    [InlineData("""{"prompt": "x", "styleStrength": -0.5}""")]
    [InlineData("""{"prompt": "x", "unknown": true}""")]
    [InlineData("""{"prompt": "tab\there"}""")]
    public async Task Bad_start_bodies_are_400_problems(string body)
    {
        var request = Http.Request("POST", "/api/generations", body);
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));
        response.AssertProblem(400);
        Assert.Empty(client.Scheduled);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"text": ""}""")]
    [InlineData("""{"text": null}""")]
    [InlineData("""{"comment": "darker"}""")]
    public async Task Bad_revision_bodies_are_400_problems(string body)
    {
        const string id = "0123456789abcdef0123456789abcdef";
        client.Instances[id] = Running(id, new PaintInput(new PaintRequest("a goose", 3, ArtifactPrefix: id)), null);
        var request = Http.Request("POST", $"/api/generations/{id}/revisions", body);
        var response = await Http.ExecuteAsync(request, await functions.Revise(request, id, client, default));
        response.AssertProblem(400);
        Assert.Empty(client.Raised);
    }

    [Fact]
    public async Task Oversized_body_is_a_413_problem()
    {
        var request = Http.Request("POST", "/api/generations", $$"""{"prompt": "{{new string('a', 40_000)}}"}""");
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));
        response.AssertProblem(413);
    }

    [Theory]
    [InlineData("0", "..", 400)]
    [InlineData("0", "../r0/target.png", 400)]
    [InlineData("x", "target.png", 400)]
    [InlineData("0", "target.png", 404)]
    public async Task Artifact_names_stay_inside_the_instance(string revision, string name, int status)
    {
        const string id = "0123456789abcdef0123456789abcdef";
        var request = Http.Request("GET", $"/api/generations/{id}/artifacts/{revision}/{name}");
        var response = await Http.ExecuteAsync(request, await functions.Artifact(request, id, revision, name, client, default));
        response.AssertProblem(status);
    }

    [Fact]
    public async Task Artifact_is_served_from_the_store_with_its_content_type()
    {
        const string id = "0123456789abcdef0123456789abcdef";
        client.Instances[id] = Running(id, new PaintInput(new PaintRequest("a goose", 3, ArtifactPrefix: id)), null);
        var store = new FileArtifactStore(folder);
        await store.WriteAsync(ArtifactKeys.For(id, 0, "target.png"), new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, "image/png");

        var request = Http.Request("GET", $"/api/generations/{id}/artifacts/0/target.png");
        var response = await Http.ExecuteAsync(request, await functions.Artifact(request, id, "0", "target.png", client, default));
        Assert.Equal(200, response.Status);
        Assert.Equal("image/png", response.ContentType);
    }

    internal static OrchestrationMetadata Running(string id, PaintInput input, PaintStatus? status) =>
        new(ActivityNames.Orchestrator, id)
        {
            RuntimeStatus = OrchestrationRuntimeStatus.Running,
            SerializedInput = JsonSerializer.Serialize(input),
            SerializedCustomStatus = status is null ? null : JsonSerializer.Serialize(status),
            CreatedAt = DateTimeOffset.UnixEpoch,
            LastUpdatedAt = DateTimeOffset.UnixEpoch,
        };

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
