using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Initial;
using Easel.Pipeline.Layout;
using Microsoft.DurableTask;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Activity: scene -> layout, initial.png and regions.png.</summary>
public sealed class ComposeScene(IArtifactStore store, LayoutPlanner planner, InitialRenderer renderer)
    : TaskActivity<ComposeSceneInput, ComposeSceneOutput>
{
    public override async Task<ComposeSceneOutput> RunAsync(TaskActivityContext context, ComposeSceneInput input)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var stage = input.Stage;
        var layout = planner.Plan(input.Scene, input.Width, input.Height, stage.Seed, input.PreviousLayout);
        using var initial = renderer.Render(input.Scene, layout, stage.Seed);
        await store.SavePngAsync(stage.Key(ArtifactKeys.Initial), initial.Image);
        await store.SavePngAsync(stage.Key(ArtifactKeys.Regions), initial.Regions);
        return new ComposeSceneOutput(layout, Stopwatches.ElapsedMs(started));
    }
}
