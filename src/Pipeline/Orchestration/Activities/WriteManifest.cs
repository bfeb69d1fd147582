using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Manifest;
using Microsoft.DurableTask;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Activity: writes manifest.json, the last artifact of a revision folder.</summary>
public sealed class WriteManifest(IArtifactStore store) : TaskActivity<WriteManifestInput, StageOutput>
{
    public override async Task<StageOutput> RunAsync(TaskActivityContext context, WriteManifestInput input)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var key = ArtifactKeys.For(input.Prefix, input.Manifest.Revision, ArtifactKeys.Manifest);
        await store.WriteAsync(key, ManifestJson.Serialize(input.Manifest), "application/json");
        return new StageOutput(Stopwatches.ElapsedMs(started));
    }
}
