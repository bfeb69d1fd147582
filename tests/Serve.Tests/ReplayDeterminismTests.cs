using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Easel.Serve.Tests;

/// <summary>
/// The Paint orchestration on Durable's in-process test host (the real Durable worker, client and replay): every
/// episode that replays recorded history makes exactly the activity calls of the first run, in the same order.
/// </summary>
public sealed class ReplayDeterminismTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"easel-replay-{Guid.NewGuid():N}");

    [Fact]
    public async Task Replays_make_the_same_activity_calls_in_the_same_order()
    {
        var episodes = new List<Episode>();
        var activities = PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(folder)));
        await using var host = await DurableTaskTestHost.StartAsync(registry =>
        {
            registry.AddOrchestrator(new TaskName(ActivityNames.Orchestrator), () => new RecordingOrchestrator(episodes));
            foreach (var (name, activity) in activities) registry.AddActivity(new TaskName(name), activity);
        }, new DurableTaskTestHostOptions
        {
            ConfigureServices = services => services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)),
        });

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(ActivityNames.Orchestrator,
            new PaintInput(new PaintRequest("two geese on the grass by a lake", 7, 192, 160, ArtifactPrefix: "replay")));
        await WaitForStageAsync(host.Client, id, 0);
        await host.Client.RaiseEventAsync(id, RevisionEvent.Name, new RevisionEvent("add a dog"));
        await WaitForStageAsync(host.Client, id, 1);
        await host.Client.RaiseEventAsync(id, RevisionEvent.FinishName);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var completed = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, completed.RuntimeStatus);

        List<Episode> recorded;
        lock (episodes) recorded = [.. episodes];
        // Group the episodes by execution (each revision continues as new with a new input).
        var executions = recorded.GroupBy(e => e.Input).ToList();
        Assert.True(executions.Count >= 2, "revision 0 and revision 1 ran in separate executions");
        Assert.Contains(recorded, e => e.Replaying);
        foreach (var execution in executions)
        {
            var longest = execution.OrderByDescending(e => e.Calls.Count).First().Calls;
            foreach (var episode in execution)
                Assert.Equal(longest.Take(episode.Calls.Count), episode.Calls); // a replay is a prefix of the full run: same calls, same order
        }
        var all = executions.Select(e => e.OrderByDescending(x => x.Calls.Count).First().Calls).ToList();
        Assert.Contains(all[0], c => c.StartsWith(ActivityNames.AnalyzeText, StringComparison.Ordinal));
        Assert.Contains(all.SelectMany(c => c), c => c.StartsWith(ActivityNames.ReviseScene, StringComparison.Ordinal));
    }

    private static async Task WaitForStageAsync(DurableTaskClient client, string id, int revision)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
            var status = instance?.ReadCustomStatusAs<PaintStatus>();
            if (status is { Stage: "waiting" } && status.Revision == revision) return;
            // A new execution (ContinueAsNew) starts without a custom status; its input carries the finished revision.
            if (status is null && instance?.ReadInputAs<PaintInput>()?.State?.Revision == revision) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"revision {revision} did not finish");
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    internal sealed record Episode(string Input, bool Replaying, List<string> Calls);

    /// <summary>Runs Pipeline's orchestrator unchanged on a recording context; one episode per invocation.</summary>
    private sealed class RecordingOrchestrator(List<Episode> episodes) : TaskOrchestrator<PaintInput, PaintState>
    {
        public override Task<PaintState> RunAsync(TaskOrchestrationContext context, PaintInput input)
        {
            var calls = new List<string>();
            lock (episodes) episodes.Add(new Episode(System.Text.Json.JsonSerializer.Serialize(input), context.IsReplaying, calls));
            return new PaintOrchestrator().RunAsync(new RecordingContext(context, calls), input);
        }
    }
}
