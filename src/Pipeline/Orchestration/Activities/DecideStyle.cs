using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;
using Microsoft.DurableTask;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Activity: scene -> style decision with scores and reasons.</summary>
public sealed class DecideStyle(StyleDecider decider) : TaskActivity<SceneDescription, DecideStyleOutput>
{
    public override Task<DecideStyleOutput> RunAsync(TaskActivityContext context, SceneDescription input)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        return Task.FromResult(new DecideStyleOutput(decider.Decide(input), Stopwatches.ElapsedMs(started)));
    }
}
