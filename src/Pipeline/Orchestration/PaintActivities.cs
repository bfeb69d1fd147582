using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Background;
using Easel.Pipeline.Foreground;
using Easel.Pipeline.Initial;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Models;
using Easel.Pipeline.Orchestration.Activities;
using Easel.Pipeline.Sketch;
using Easel.Pipeline.Style;
using Easel.Pipeline.Stylize;
using Easel.Pipeline.Text;
using Easel.Pipeline.Webhooks;
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
            [ActivityNames.AnalyzeText] = new AnalyzeText(new TextAnalyzer()),
            [ActivityNames.ReviseScene] = new ReviseScene(new RevisionParser(), new SceneEditor()),
            [ActivityNames.DecideStyle] = new DecideStyle(new StyleDecider()),
            [ActivityNames.ComposeScene] = new ComposeScene(store, new LayoutPlanner(), new InitialRenderer(services.Assets)),
            [ActivityNames.InpaintBackground] = new InpaintBackground(store, new Inpainter(inpaint is null ? null : new InpaintModel(inpaint))),
            [ActivityNames.RenderForeground] = new RenderForeground(store, new ForegroundRenderer(services.Assets, foreground is null ? null : new ForegroundModel(foreground))),
            [ActivityNames.MergeScene] = new MergeScene(store, new Merger()),
            [ActivityNames.SketchImage] = new SketchImage(store, new Sketcher(model: sketch is null ? null : new SketchModel(sketch))),
            [ActivityNames.StylizeImage] = new StylizeImage(store, services.Stylizers),
            [ActivityNames.CopyArtifacts] = new CopyArtifacts(store),
            [ActivityNames.WriteManifest] = new WriteManifest(store),
            [ActivityNames.SendWebhook] = new SendWebhook(services.Webhooks ?? WebhookSettings.None, TimeProvider.System),
        };
    }
}
