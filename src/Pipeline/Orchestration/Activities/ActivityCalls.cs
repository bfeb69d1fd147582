using Easel.Pipeline.Scene;
using Microsoft.DurableTask;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>
/// One typed call per activity: the orchestrator never spells a task name or an input/output type itself, so a call
/// cannot drift from the activity it names (Durable's analyzers check these names and types against the classes).
/// </summary>
public static class ActivityCalls
{
    public static Task<AnalyzeTextOutput> CallAnalyzeTextAsync(this TaskOrchestrationContext context, AnalyzeTextInput input) =>
        context.CallActivityAsync<AnalyzeTextOutput>(ActivityNames.AnalyzeText, input);

    public static Task<ReviseSceneOutput> CallReviseSceneAsync(this TaskOrchestrationContext context, ReviseSceneInput input) =>
        context.CallActivityAsync<ReviseSceneOutput>(ActivityNames.ReviseScene, input);

    public static Task<DecideStyleOutput> CallDecideStyleAsync(this TaskOrchestrationContext context, SceneDescription input) =>
        context.CallActivityAsync<DecideStyleOutput>(ActivityNames.DecideStyle, input);

    public static Task<ComposeSceneOutput> CallComposeSceneAsync(this TaskOrchestrationContext context, ComposeSceneInput input) =>
        context.CallActivityAsync<ComposeSceneOutput>(ActivityNames.ComposeScene, input);

    public static Task<StageOutput> CallInpaintBackgroundAsync(this TaskOrchestrationContext context, StageInput input) =>
        context.CallActivityAsync<StageOutput>(ActivityNames.InpaintBackground, input);

    public static Task<RenderForegroundOutput> CallRenderForegroundAsync(this TaskOrchestrationContext context, RenderForegroundInput input) =>
        context.CallActivityAsync<RenderForegroundOutput>(ActivityNames.RenderForeground, input);

    public static Task<StageOutput> CallMergeSceneAsync(this TaskOrchestrationContext context, MergeSceneInput input) =>
        context.CallActivityAsync<StageOutput>(ActivityNames.MergeScene, input);

    public static Task<StageOutput> CallSketchImageAsync(this TaskOrchestrationContext context, StageInput input) =>
        context.CallActivityAsync<StageOutput>(ActivityNames.SketchImage, input);

    public static Task<StylizeImageOutput> CallStylizeImageAsync(this TaskOrchestrationContext context, StylizeImageInput input) =>
        context.CallActivityAsync<StylizeImageOutput>(ActivityNames.StylizeImage, input);

    public static Task<StageOutput> CallCopyArtifactsAsync(this TaskOrchestrationContext context, CopyArtifactsInput input) =>
        context.CallActivityAsync<StageOutput>(ActivityNames.CopyArtifacts, input);

    /// <summary>Sends a webhook, retried with backoff for about two minutes (6 tries) before the orchestration gives up on it.</summary>
    public static Task<int> CallSendWebhookAsync(this TaskOrchestrationContext context, SendWebhookInput input) =>
        context.CallActivityAsync<int>(ActivityNames.SendWebhook, input,
            TaskOptions.FromRetryPolicy(new RetryPolicy(6, TimeSpan.FromSeconds(2), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(1))));

    public static Task<StageOutput> CallWriteManifestAsync(this TaskOrchestrationContext context, WriteManifestInput input) =>
        context.CallActivityAsync<StageOutput>(ActivityNames.WriteManifest, input);
}
