using System.Text.Json;
using Easel.Api;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace Easel.Functions.Tests;

/// <summary>progress/etaSeconds in the status and the Server-Sent Events stream, through the Functions app's triggers.</summary>
public sealed class ProgressAndEventsTests : IAsyncDisposable
{
    private const string Id = "0123456789abcdef0123456789abcdef";
    private readonly FakeDurableClient client = new();
    private readonly GenerationFunctions functions = new(new FileArtifactStore(Path.GetTempPath()), NullLoggerFactory.Instance,
        new ApiOptions(EventPollMilliseconds: 10), new RequestLimits(new ApiOptions()), new FunctionsAuth(null));

    private static readonly PaintInput Input = new(new PaintRequest("a goose", 3, 1024, 1024, ArtifactPrefix: Id));

    public ValueTask DisposeAsync() => client.DisposeAsync();

    [Fact]
    public async Task Progress_grows_stage_by_stage_and_the_eta_shrinks()
    {
        string[][] written =
        [
            [],
            [ArtifactKeys.Initial, ArtifactKeys.Regions],
            [ArtifactKeys.Initial, ArtifactKeys.Regions, ArtifactKeys.Background, "foreground-goose.png"],
            [ArtifactKeys.Initial, ArtifactKeys.Regions, ArtifactKeys.Background, "foreground-goose.png", ArtifactKeys.Merged, ArtifactKeys.Sketch],
            [ArtifactKeys.Initial, ArtifactKeys.Regions, ArtifactKeys.Background, "foreground-goose.png", ArtifactKeys.Merged, ArtifactKeys.Sketch, ArtifactKeys.Target],
        ];
        var seen = new List<(double Progress, double Eta)>();
        foreach (var artifacts in written)
        {
            var status = new PaintStatus(artifacts.Length == 0 ? "started" : "stage", 0, Id, null, null, artifacts, []);
            var body = await StatusAsync(status, OrchestrationRuntimeStatus.Running);
            seen.Add((body.GetProperty("progress").GetDouble(), body.GetProperty("etaSeconds").GetDouble()));
        }
        Assert.Equal(0, seen[0].Progress);
        for (var i = 1; i < seen.Count; i++)
        {
            Assert.True(seen[i].Progress > seen[i - 1].Progress, $"progress at step {i}: {string.Join(", ", seen)}");
            Assert.True(seen[i].Eta < seen[i - 1].Eta, $"eta at step {i}: {string.Join(", ", seen)}");
        }
        Assert.InRange(seen[^1].Progress, 0.5, 0.99);

        var ready = await StatusAsync(new PaintStatus("waiting", 0, Id, null, null, written[^1], []), OrchestrationRuntimeStatus.Running);
        Assert.Equal((1.0, 0.0), (ready.GetProperty("progress").GetDouble(), ready.GetProperty("etaSeconds").GetDouble()));
    }

    [Fact]
    public void A_bigger_picture_takes_longer()
    {
        var status = new PaintStatus("started", 0, Id, null, null, [], []);
        var small = GenerationProgress.Estimate(status, Input.Request with { Width = 256, Height = 256 }, false, false).EtaSeconds;
        var large = GenerationProgress.Estimate(status, Input.Request with { Width = 2048, Height = 2048 }, false, false).EtaSeconds;
        Assert.True(large > 4 * small, $"{small} s at 256x256, {large} s at 2048x2048");
    }

    [Fact]
    public async Task Events_stream_the_status_and_end_with_the_generation()
    {
        client.Instances[Id] = Metadata(new PaintStatus("finished", 0, Id, null, null, [ArtifactKeys.Target], []), OrchestrationRuntimeStatus.Completed);
        var request = Http.Request("GET", $"/api/generations/{Id}/events");
        var response = await Http.ExecuteAsync(request, await functions.Events(request, Id, client, default));

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/event-stream", response.ContentType);
        var events = response.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var stage = Assert.Single(events, e => e.Contains("event: stage\n", StringComparison.Ordinal));
        var data = JsonDocument.Parse(stage.Split("data: ", 2)[1]).RootElement;
        Assert.Equal(("finished", 1.0), (data.GetProperty("stage").GetString(), data.GetProperty("progress").GetDouble()));
        Assert.Contains(events, e => e.StartsWith("event: end\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Events_of_an_unknown_or_someone_elses_generation_are_a_404_problem()
    {
        var unknown = Http.Request("GET", $"/api/generations/{Id}/events");
        (await Http.ExecuteAsync(unknown, await functions.Events(unknown, Id, client, default))).AssertProblem(404);

        client.Instances[Id] = Metadata(null, OrchestrationRuntimeStatus.Running);
        var stranger = Http.Request("GET", $"/api/generations/{Id}/events", functionKey: "not the owner");
        (await Http.ExecuteAsync(stranger, await functions.Events(stranger, Id, client, default))).AssertProblem(404);
    }

    private async Task<JsonElement> StatusAsync(PaintStatus status, OrchestrationRuntimeStatus runtime)
    {
        client.Instances[Id] = Metadata(status, runtime);
        var request = Http.Request("GET", $"/api/generations/{Id}");
        var response = await Http.ExecuteAsync(request, await functions.Get(request, Id, client, default));
        Assert.Equal(200, response.Status);
        return response.Json;
    }

    private static OrchestrationMetadata Metadata(PaintStatus? status, OrchestrationRuntimeStatus runtime)
    {
        var running = GenerationFunctionsTests.Running(Id, Input, status);
        return new OrchestrationMetadata(running.Name, Id)
        {
            RuntimeStatus = runtime,
            SerializedInput = running.SerializedInput,
            SerializedCustomStatus = running.SerializedCustomStatus,
            CreatedAt = running.CreatedAt,
            LastUpdatedAt = running.LastUpdatedAt,
        };
    }
}
