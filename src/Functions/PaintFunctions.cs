using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Orchestration.Activities;
using Easel.Pipeline.Scene;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Easel.Functions;

/// <summary>
/// Pipeline's orchestration as Durable Functions: the orchestrator function runs <see cref="PaintOrchestrator"/> and
/// each activity function calls the instance <see cref="PaintActivities"/> registers under its name — the same set
/// every host registers. The function names are the names the orchestrator calls.
/// </summary>
public sealed class PaintFunctions(IReadOnlyDictionary<string, ITaskActivity> activities)
{
    [Function(ActivityNames.Orchestrator)]
    public static Task<PaintState> Paint([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new PaintOrchestrator().RunAsync(context, context.GetInput<PaintInput>()!);

    [Function(ActivityNames.AnalyzeText)]
    public Task<AnalyzeTextOutput> AnalyzeText([ActivityTrigger] AnalyzeTextInput input, FunctionContext context) =>
        RunAsync<AnalyzeTextOutput>(ActivityNames.AnalyzeText, input, context);

    [Function(ActivityNames.ReviseScene)]
    public Task<ReviseSceneOutput> ReviseScene([ActivityTrigger] ReviseSceneInput input, FunctionContext context) =>
        RunAsync<ReviseSceneOutput>(ActivityNames.ReviseScene, input, context);

    [Function(ActivityNames.DecideStyle)]
    public Task<DecideStyleOutput> DecideStyle([ActivityTrigger] SceneDescription input, FunctionContext context) =>
        RunAsync<DecideStyleOutput>(ActivityNames.DecideStyle, input, context);

    [Function(ActivityNames.ComposeScene)]
    public Task<ComposeSceneOutput> ComposeScene([ActivityTrigger] ComposeSceneInput input, FunctionContext context) =>
        RunAsync<ComposeSceneOutput>(ActivityNames.ComposeScene, input, context);

    [Function(ActivityNames.InpaintBackground)]
    public Task<StageOutput> InpaintBackground([ActivityTrigger] StageInput input, FunctionContext context) =>
        RunAsync<StageOutput>(ActivityNames.InpaintBackground, input, context);

    [Function(ActivityNames.RenderForeground)]
    public Task<RenderForegroundOutput> RenderForeground([ActivityTrigger] RenderForegroundInput input, FunctionContext context) =>
        RunAsync<RenderForegroundOutput>(ActivityNames.RenderForeground, input, context);

    [Function(ActivityNames.MergeScene)]
    public Task<StageOutput> MergeScene([ActivityTrigger] MergeSceneInput input, FunctionContext context) =>
        RunAsync<StageOutput>(ActivityNames.MergeScene, input, context);

    [Function(ActivityNames.SketchImage)]
    public Task<StageOutput> SketchImage([ActivityTrigger] StageInput input, FunctionContext context) =>
        RunAsync<StageOutput>(ActivityNames.SketchImage, input, context);

    [Function(ActivityNames.StylizeImage)]
    public Task<StylizeImageOutput> StylizeImage([ActivityTrigger] StylizeImageInput input, FunctionContext context) =>
        RunAsync<StylizeImageOutput>(ActivityNames.StylizeImage, input, context);

    [Function(ActivityNames.CopyArtifacts)]
    public Task<StageOutput> CopyArtifacts([ActivityTrigger] CopyArtifactsInput input, FunctionContext context) =>
        RunAsync<StageOutput>(ActivityNames.CopyArtifacts, input, context);

    [Function(ActivityNames.WriteManifest)]
    public Task<StageOutput> WriteManifest([ActivityTrigger] WriteManifestInput input, FunctionContext context) =>
        RunAsync<StageOutput>(ActivityNames.WriteManifest, input, context);

    [Function(ActivityNames.SendWebhook)]
    public Task<int> SendWebhook([ActivityTrigger] SendWebhookInput input, FunctionContext context) =>
        RunAsync<int>(ActivityNames.SendWebhook, input, context);

    private async Task<T> RunAsync<T>(string name, object input, FunctionContext context) =>
        (T)(await activities[name].RunAsync(new FunctionActivityContext(name, InstanceIdOf(context)), input))!;

    // The activity trigger's binding data names the orchestration instance; the invocation id is the fallback.
    private static string InstanceIdOf(FunctionContext context) =>
        context.BindingContext.BindingData.TryGetValue("instanceId", out var id) && id is string text ? text : context.InvocationId;
}
