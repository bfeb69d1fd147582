using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Background;
using Microsoft.DurableTask;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Activity: initial.png minus the regions of regions.png -> background.png.</summary>
public sealed class InpaintBackground(IArtifactStore store, Inpainter inpainter) : TaskActivity<StageInput, StageOutput>
{
    public override async Task<StageOutput> RunAsync(TaskActivityContext context, StageInput input)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var initial = await store.LoadImageAsync<Rgba32>(input.Key(ArtifactKeys.Initial));
        using var regions = await store.LoadImageAsync<Rgba32>(input.Key(ArtifactKeys.Regions));
        using var mask = RegionMask.FromRegions(regions);
        using var background = inpainter.Inpaint(initial, mask);
        await store.SavePngAsync(input.Key(ArtifactKeys.Background), background);
        return new StageOutput(Stopwatches.ElapsedMs(started), inpainter.Model?.Slot.Provenance());
    }
}
