namespace Easel.Pipeline.Orchestration;

/// <summary>
/// The names every host registers the activities under: each activity class is named after its task (as Durable's
/// analyzers expect, so they can check every call's name and types); <see cref="PaintActivities"/> maps them to
/// instances and <see cref="Activities.ActivityCalls"/> calls them.
/// </summary>
public static class ActivityNames
{
    public const string Orchestrator = "Paint";
    public const string AnalyzeText = nameof(Activities.AnalyzeText);
    public const string ReviseScene = nameof(Activities.ReviseScene);
    public const string DecideStyle = nameof(Activities.DecideStyle);
    public const string ComposeScene = nameof(Activities.ComposeScene);
    public const string InpaintBackground = nameof(Activities.InpaintBackground);
    public const string RenderForeground = nameof(Activities.RenderForeground);
    public const string MergeScene = nameof(Activities.MergeScene);
    public const string SketchImage = nameof(Activities.SketchImage);
    public const string StylizeImage = nameof(Activities.StylizeImage);
    public const string CopyArtifacts = nameof(Activities.CopyArtifacts);
    public const string WriteManifest = nameof(Activities.WriteManifest);
    public const string SendWebhook = nameof(Activities.SendWebhook);
}
