using Easel.Pipeline.Orchestration;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Easel.Cli.Tests.Orchestration;

/// <summary>Runs the Paint orchestration on Durable's in-process test host (real worker, client and replay) like a user would: start, comment, finish.</summary>
public static class TestHostRunner
{
    public static Task<PaintState> RunAsync(IReadOnlyDictionary<string, ITaskActivity> activities, PaintRequest request, IReadOnlyList<string> revisions) =>
        RunConversationAsync(activities, request, [.. revisions.Select(text => new RevisionEvent(text))]);

    /// <param name="revisions">Each comment with its number of candidates and the painting it continues from.</param>
    public static async Task<PaintState> RunConversationAsync(IReadOnlyDictionary<string, ITaskActivity> activities, PaintRequest request, IReadOnlyList<RevisionEvent> revisions)
    {
        await using var host = await DurableTaskTestHost.StartAsync(registry =>
        {
            registry.AddOrchestrator(new TaskName(ActivityNames.Orchestrator), () => new PaintOrchestrator());
            foreach (var (name, activity) in activities) registry.AddActivity(new TaskName(name), activity);
        }, new DurableTaskTestHostOptions { LoggerFactory = NullLoggerFactory.Instance });

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(new TaskName(ActivityNames.Orchestrator), new PaintInput(request));
        for (var k = 0; k < revisions.Count; k++)
        {
            await WaitForRevisionAsync(host.Client, id, k);
            await host.Client.RaiseEventAsync(id, RevisionEvent.Name, revisions[k]);
        }
        await WaitForRevisionAsync(host.Client, id, revisions.Count);
        await host.Client.RaiseEventAsync(id, RevisionEvent.FinishName);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var done = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        return done.ReadOutputAs<PaintState>()!;
    }

    private static async Task WaitForRevisionAsync(DurableTaskClient client, string id, int revision)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var metadata = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
            if (metadata?.RuntimeStatus is OrchestrationRuntimeStatus.Failed)
                throw new InvalidOperationException($"Orchestration failed: {metadata.FailureDetails?.ErrorMessage}");
            var status = metadata?.SerializedCustomStatus is null ? null : metadata.ReadCustomStatusAs<PaintStatus>();
            if (status is { Stage: StageNames.Waiting } && status.Revision == revision) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Revision {revision} did not finish.");
    }
}
