using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Sketch;
using Microsoft.DurableTask;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Activity: merged.png + mattes.png -> sketch.png.</summary>
public sealed class SketchImage(IArtifactStore store, Sketcher sketcher) : TaskActivity<StageInput, StageOutput>
{
    public override async Task<StageOutput> RunAsync(TaskActivityContext context, StageInput input)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var merged = await store.LoadImageAsync<Rgba32>(input.Key(ArtifactKeys.Merged));
        using var matteImage = await store.LoadImageAsync<Rgba32>(input.Key(ArtifactKeys.Mattes));
        using var sketch = sketcher.Sketch(merged, ElementMattes.FromImage(matteImage));
        await store.SavePngAsync(input.Key(ArtifactKeys.Sketch), sketch);
        return new StageOutput(Stopwatches.ElapsedMs(started), sketcher.Model?.Slot.Provenance());
    }
}
