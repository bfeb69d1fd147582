using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Foreground;
using Microsoft.DurableTask;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Activity (one per foreground element, run in parallel): element -> foreground-&lt;name&gt;.png (RGBA).</summary>
public sealed class RenderForeground(IArtifactStore store, ForegroundRenderer renderer)
    : TaskActivity<RenderForegroundInput, RenderForegroundOutput>
{
    public override async Task<RenderForegroundOutput> RunAsync(TaskActivityContext context, RenderForegroundInput input)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var scope = Text.Lexicon.Default.Foreground.TryGetValue(input.Element, out var info) ? info.Recolor : RecolorScope.Body;
        using var image = renderer.Render(input.Element, input.Size, input.Color, scope);
        if (image is not null)
            await store.SavePngAsync(input.Stage.Key(ArtifactKeys.Foreground(input.Element)), image);
        var model = renderer.Model is { } m && m.Draws(input.Element) ? m.Slot.Provenance() : null;
        return new RenderForegroundOutput(input.Element, image is not null, Stopwatches.ElapsedMs(started), model);
    }
}
