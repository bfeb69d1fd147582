using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Merge;
using Microsoft.DurableTask;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Activity: background.png + foreground-*.png at their layout positions -> merged.png and mattes.png.</summary>
public sealed class MergeScene(IArtifactStore store, Merger merger) : TaskActivity<MergeSceneInput, StageOutput>
{
    public override async Task<StageOutput> RunAsync(TaskActivityContext context, MergeSceneInput input)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var stage = input.Stage;
        using var background = await store.LoadImageAsync<Rgba32>(stage.Key(ArtifactKeys.Background));
        var foregrounds = new Dictionary<string, Image<Rgba32>>();
        try
        {
            foreach (var element in input.Foregrounds)
                foregrounds[element] = await store.LoadImageAsync<Rgba32>(stage.Key(ArtifactKeys.Foreground(element)));
            var mattes = new ElementMattes(background.Width, background.Height);
            using var merged = merger.Merge(background, input.Layout, foregrounds, input.Scene, mattes);
            using var matteImage = mattes.ToImage();
            await store.SavePngAsync(stage.Key(ArtifactKeys.Mattes), matteImage);
            await store.SavePngAsync(stage.Key(ArtifactKeys.Merged), merged);
        }
        finally
        {
            foreach (var image in foregrounds.Values) image.Dispose();
        }
        return new StageOutput(Stopwatches.ElapsedMs(started));
    }
}
