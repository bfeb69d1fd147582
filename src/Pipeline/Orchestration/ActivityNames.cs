namespace Easel.Pipeline.Orchestration;

/// <summary>The names every host registers the activities under; <see cref="PaintActivities"/> maps them to implementations.</summary>
public static class ActivityNames
{
    public const string Orchestrator = "Paint";
    public const string AnalyzeText = nameof(AnalyzeText);
    public const string ReviseScene = nameof(ReviseScene);
    public const string DecideStyle = nameof(DecideStyle);
    public const string ComposeScene = nameof(ComposeScene);
    public const string InpaintBackground = nameof(InpaintBackground);
    public const string RenderForeground = nameof(RenderForeground);
    public const string MergeScene = nameof(MergeScene);
    public const string SketchImage = nameof(SketchImage);
    public const string StylizeImage = nameof(StylizeImage);
    public const string CopyArtifacts = nameof(CopyArtifacts);
    public const string WriteManifest = nameof(WriteManifest);
}
