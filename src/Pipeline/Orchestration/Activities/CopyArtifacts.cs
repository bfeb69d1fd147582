using Easel.Pipeline.Artifacts;
using Microsoft.DurableTask;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Activity: copies reused artifacts so that every revision folder holds every stage's artifact.</summary>
public sealed class CopyArtifacts(IArtifactStore store) : TaskActivity<CopyArtifactsInput, StageOutput>
{
    public override async Task<StageOutput> RunAsync(TaskActivityContext context, CopyArtifactsInput input)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (var name in input.Names)
            await store.CopyAsync(
                ArtifactKeys.For(input.Prefix, input.FromRevision, input.FromCandidate, name), ArtifactKeys.For(input.Prefix, input.ToRevision, input.ToCandidate, name));
        return new StageOutput(Stopwatches.ElapsedMs(started));
    }
}
