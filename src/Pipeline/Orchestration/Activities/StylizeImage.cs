using Easel.Pipeline.Imaging;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Stylize;
using Microsoft.DurableTask;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Activity: merged.png + sketch.png (+ mattes.png where the text named colours) -> target.png in the chosen style.</summary>
public sealed class StylizeImage(IArtifactStore store, StylizerCatalog stylizers) : TaskActivity<StylizeImageInput, StylizeImageOutput>
{
    public override async Task<StylizeImageOutput> RunAsync(TaskActivityContext context, StylizeImageInput input)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var stage = input.Stage;
        using var merged = await store.LoadImageAsync<Rgba32>(stage.Key(ArtifactKeys.Merged));
        using var sketch = await store.LoadImageAsync<L8>(stage.Key(ArtifactKeys.Sketch));
        var stylizer = stylizers.Resolve(input.Stylizer, input.Style);
        Plane? accent = null;
        if (input.Accents is { Count: > 0 } labels)
        {
            using var matteImage = await store.LoadImageAsync<Rgba32>(stage.Key(ArtifactKeys.Mattes));
            accent = ElementMattes.FromImage(matteImage).Coverage(labels);
        }
        var request = new StylizeRequest(merged, sketch, input.Style, input.Tone, stage.Seed, input.Strength, accent);
        using var target = stylizer.Stylize(request);
        await store.SavePngAsync(stage.Key(ArtifactKeys.Target), target);
        return new StylizeImageOutput(stylizer.Kind, stylizer.Describe(request), Stopwatches.ElapsedMs(started));
    }
}
