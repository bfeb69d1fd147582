using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Background;
using Easel.Pipeline.Foreground;
using Easel.Pipeline.Initial;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Manifest;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Models;
using Easel.Pipeline.Sketch;
using Easel.Pipeline.Style;
using Easel.Pipeline.Stylize;
using Easel.Pipeline.Text;
using Microsoft.DurableTask;

namespace Easel.Pipeline.Orchestration;

/// <summary>Every activity of the orchestration by the name it is called with. All hosts register exactly this set.</summary>
public static class PaintActivities
{
    public static IReadOnlyDictionary<string, ITaskActivity> Create(PaintServices services)
    {
        var store = services.Store;
        var models = services.Stylizers.Models;
        var inpaint = models?.Slot(ModelSlotNames.Inpaint);
        var foreground = models?.Slot(ModelSlotNames.Foreground);
        var sketch = models?.Slot(ModelSlotNames.Sketch);
        return new Dictionary<string, ITaskActivity>
        {
            [ActivityNames.AnalyzeText] = new AnalyzeTextActivity(new TextAnalyzer()),
            [ActivityNames.ReviseScene] = new ReviseSceneActivity(new RevisionParser(), new SceneEditor()),
            [ActivityNames.DecideStyle] = new DecideStyleActivity(new StyleDecider()),
            [ActivityNames.ComposeScene] = new ComposeSceneActivity(store, new LayoutPlanner(), new InitialRenderer(services.Assets)),
            [ActivityNames.InpaintBackground] = new InpaintBackgroundActivity(store, new Inpainter(inpaint is null ? null : new InpaintModel(inpaint))),
            [ActivityNames.RenderForeground] = new RenderForegroundActivity(store, new ForegroundRenderer(services.Assets, foreground is null ? null : new ForegroundModel(foreground))),
            [ActivityNames.MergeScene] = new MergeSceneActivity(store, new Merger()),
            [ActivityNames.SketchImage] = new SketchImageActivity(store, new Sketcher(model: sketch is null ? null : new SketchModel(sketch))),
            [ActivityNames.StylizeImage] = new StylizeImageActivity(store, services.Stylizers),
            [ActivityNames.CopyArtifacts] = new CopyArtifactsActivity(store),
            [ActivityNames.WriteManifest] = new WriteManifestActivity(store),
        };
    }
}
