using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Manifest;
using Microsoft.DurableTask;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>
/// Activity: puts the parameters into target.png (PNG text chunks: the picture says how it was made) and then
/// writes manifest.json, the last artifact of a revision folder. Running it twice gives the same files.
/// </summary>
public sealed class WriteManifest(IArtifactStore store) : TaskActivity<WriteManifestInput, StageOutput>
{
    public override async Task<StageOutput> RunAsync(TaskActivityContext context, WriteManifestInput input)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var target = ArtifactKeys.For(input.Prefix, input.Manifest.Revision, input.Candidate, ArtifactKeys.Target);
        var png = await store.ReadAsync(target);
        await store.WriteAsync(target, PngTextChunks.Embed(png, PictureParameters.For(input.Manifest, input.Revisions)), "image/png");
        var key = ArtifactKeys.For(input.Prefix, input.Manifest.Revision, input.Candidate, ArtifactKeys.Manifest);
        await store.WriteAsync(key, ManifestJson.Serialize(input.Manifest), "application/json");
        return new StageOutput(Stopwatches.ElapsedMs(started));
    }
}
