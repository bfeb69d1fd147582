using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Manifest;
using Easel.Pipeline.Models;
using Easel.Pipeline.Orchestration.Activities;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;
using Easel.Pipeline.Text;
using Microsoft.DurableTask;

namespace Easel.Pipeline.Orchestration;

/// <summary>
/// The whole pipeline, written once and run by every host: text -> scene -> layout and initial image ->
/// (background inpainting || one activity per foreground element) -> merge -> sketch -> stylize -> manifest.
/// Then it waits for <c>Revision</c> events; each one runs only the stages its edits affect and continues as new.
/// Deterministic by Durable's rules: everything it knows comes from its input and its activities' outputs.
/// </summary>
public sealed class PaintOrchestrator : TaskOrchestrator<PaintInput, PaintState>
{
    public override async Task<PaintState> RunAsync(TaskOrchestrationContext context, PaintInput input)
    {
        var request = input.Request;
        var state = input.State ?? await PaintFirstAsync(context, request);
        // A new execution (after ContinueAsNew) starts with no custom status: say again that we are waiting.
        // Comments to replay (a recalled picture's) come first, without waiting: the generation is not ready until they are done.
        var replay = input.Replay ?? [];
        context.SetCustomStatus(PaintStatus.Of(replay.Count > 0 ? StageNames.Recalling : StageNames.Waiting, request.ArtifactPrefix, state));

        var (comment, finish) = replay.Count > 0 ? (new RevisionEvent(replay[0]), false) : await WaitForRevisionAsync(context, request);

        // A malformed event (sent around the HTTP API's validation) is skipped rather than failing the conversation.
        if (comment is not null && !string.IsNullOrWhiteSpace(comment.Text))
            state = await ReviseAsync(context, request, state, comment.Text);

        if (finish)
        {
            context.SetCustomStatus(PaintStatus.Of(StageNames.Finished, request.ArtifactPrefix, state));
            return state;
        }

        // One execution per revision keeps the history short however long the conversation runs.
        context.ContinueAsNew(new PaintInput(request, state, replay.Count > 1 ? [.. replay.Skip(1)] : null), preserveUnprocessedEvents: true);
        return state;
    }

    private static async Task<PaintState> PaintFirstAsync(TaskOrchestrationContext context, PaintRequest request)
    {
        var timings = new Dictionary<string, double>();
        context.SetCustomStatus(new PaintStatus(StageNames.Started, 0, request.ArtifactPrefix, null, null, [], []));

        var analyzed = await context.CallAnalyzeTextAsync(new AnalyzeTextInput(request.Prompt, request.Style));
        timings[StageNames.Analyze] = analyzed.ElapsedMs;

        var style = await context.CallDecideStyleAsync(analyzed.Scene);
        timings[StageNames.Style] = style.ElapsedMs;

        return await RenderAsync(context, request, new Revision(0, null, analyzed.Scene, style.Decision, []), previous: null, RenderPlan.Everything, timings);
    }

    private static async Task<PaintState> ReviseAsync(TaskOrchestrationContext context, PaintRequest request, PaintState previous, string comment)
    {
        var timings = new Dictionary<string, double>();
        var revised = await context.CallReviseSceneAsync(new ReviseSceneInput(previous.Scene, comment));
        timings[StageNames.Revise] = revised.ElapsedMs;

        var style = await context.CallDecideStyleAsync(revised.Scene);
        timings[StageNames.Style] = style.ElapsedMs;

        var stages = RenderPlan.Between(previous.Scene, previous.Style, revised.Scene, style.Decision, revised.Edits);
        var revision = new Revision(previous.Revision + 1, comment, revised.Scene, style.Decision, revised.Edits);
        return await RenderAsync(context, request, revision, previous, stages, timings);
    }

    /// <summary>Runs one revision's stages as <paramref name="stages"/> and its <see cref="RevisionPlan"/> say, then writes its manifest.</summary>
    private static async Task<PaintState> RenderAsync(
        TaskOrchestrationContext context, PaintRequest request, Revision revision, PaintState? previous, RenderPlan stages, Dictionary<string, double> timings)
    {
        var prefix = request.ArtifactPrefix;
        var stage = new StageInput(prefix, revision.Number, request.Seed);
        // Slot -> provenance of the models that ran in this revision (the manifest's "models").
        var models = new SortedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var scene = revision.Scene;
        var history = previous?.History ?? [];
        var written = new List<string>();
        void Done(string name, IEnumerable<string> artifacts)
        {
            written.AddRange(artifacts);
            context.SetCustomStatus(new PaintStatus(name, revision.Number, prefix, scene, revision.Style, [.. written], history));
        }

        SceneLayout layout;
        if (stages.Compose || previous is null)
        {
            // The previous layout with the revision's moves, resizes and replacements: untouched things keep their boxes.
            var kept = previous is null ? null : LayoutEdits.Apply(previous.Layout, revision.Edits);
            var composed = await context.CallComposeSceneAsync(new ComposeSceneInput(stage, scene, request.Width, request.Height, kept));
            timings[StageNames.Compose] = composed.ElapsedMs;
            layout = composed.Layout;
            Done(StageNames.Compose, [ArtifactKeys.Initial, ArtifactKeys.Regions]);
        }
        else
        {
            layout = previous.Layout;
        }
        var plan = RevisionPlan.For(stages, scene, layout, previous);

        // Fan-out: the background, every foreground image to render and the copy of what did not change, in parallel.
        var inpaint = plan.Stages.Inpaint ? context.CallInpaintBackgroundAsync(stage) : null;
        var rendering = plan.Render.Select(f => context.CallRenderForegroundAsync(new RenderForegroundInput(stage, f.Element, f.Size, scene.Foreground.First(e => e.Name == f.Element).Color))).ToList();
        var carry = plan.Carry.Count > 0
            ? context.CallCopyArtifactsAsync(new CopyArtifactsInput(prefix, revision.Number - 1, revision.Number, plan.Carry))
            : null;
        await Task.WhenAll([.. rendering, inpaint ?? Task.CompletedTask, carry ?? Task.CompletedTask]);

        if (carry is not null) Done(StageNames.Carry, plan.Carry);
        if (inpaint is not null)
        {
            timings[StageNames.Background] = inpaint.Result.ElapsedMs;
            if (inpaint.Result.Model is { } inpaintModel) models[ModelSlotNames.Inpaint] = inpaintModel;
            Done(StageNames.Background, [ArtifactKeys.Background]);
        }
        var rendered = rendering.Select(r => r.Result).ToList();
        foreach (var output in rendered)
        {
            timings[StageNames.ForegroundOf(output.Element)] = output.ElapsedMs;
            if (output.Model is { } foregroundModel) models[ModelSlotNames.Foreground] = foregroundModel;
        }
        if (rendered.Count > 0) Done(StageNames.Foreground, rendered.Where(r => r.Found).Select(r => ArtifactKeys.Foreground(r.Element)));
        var (foregrounds, missing) = plan.Outcome(scene, rendered);
        scene = scene with { Missing = missing };

        if (plan.Stages.Merge)
        {
            var merged = await context.CallMergeSceneAsync(new MergeSceneInput(stage, scene, layout, [.. foregrounds.Select(f => f.Element)]));
            timings[StageNames.Merge] = merged.ElapsedMs;
            Done(StageNames.Merge, [ArtifactKeys.Merged, ArtifactKeys.Mattes]);
            var sketch = await context.CallSketchImageAsync(stage);
            timings[StageNames.Sketch] = sketch.ElapsedMs;
            if (sketch.Model is { } sketchModel) models[ModelSlotNames.Sketch] = sketchModel;
            Done(StageNames.Sketch, [ArtifactKeys.Sketch]);
        }

        StylizeImageOutput stylized;
        if (plan.Stages.Stylize || previous is null)
        {
            stylized = await context.CallStylizeImageAsync(
                new StylizeImageInput(stage, revision.Style.Name, scene.Tone, request.Stylizer, request.StyleStrength));
            timings[StageNames.Stylize] = stylized.ElapsedMs;
            Done(StageNames.Stylize, [ArtifactKeys.Target]);
        }
        else
        {
            stylized = new StylizeImageOutput(previous.Stylizer, previous.StylizerDetails, 0); // the carried target's
        }

        var artifacts = ArtifactKeys.Pictures(foregrounds.Select(f => f.Element)).ToDictionary(ArtifactKind, name => name);
        var manifest = new GenerationManifest(
            request.Prompt, revision.Number, revision.Text, request.Seed, request.Width, request.Height,
            ManifestElement.From(scene, layout), scene.Relations, scene.Setting, scene.Emotion, revision.Style, stylized.Stylizer,
            stylized.Details, scene.Tone, scene.Missing, revision.Edits, artifacts, timings, models.Count > 0 ? models : null);
        var record = new RevisionRecord(revision.Number, revision.Text, revision.Style.Name, ArtifactKeys.For(prefix, revision.Number, ArtifactKeys.Target));
        await context.CallWriteManifestAsync(new WriteManifestInput(prefix, manifest, [.. history, record]));

        return new PaintState(revision.Number, scene, revision.Style, layout, foregrounds, [.. history, record], stylized.Stylizer, stylized.Details);
    }

    /// <summary>
    /// Waits for the next comment. Finish is true when the user finished (possibly together with a last comment,
    /// when both events were already waiting) or stayed silent for the revision window.
    /// </summary>
    private static async Task<(RevisionEvent? Comment, bool Finish)> WaitForRevisionAsync(TaskOrchestrationContext context, PaintRequest request)
    {
        using var cancel = new CancellationTokenSource();
        var revision = context.WaitForExternalEvent<RevisionEvent?>(RevisionEvent.Name, cancel.Token);
        var finish = context.WaitForExternalEvent<object?>(RevisionEvent.FinishName, cancel.Token);
        var silence = context.CreateTimer(context.CurrentUtcDateTime.AddMinutes(request.RevisionWindowMinutes), cancel.Token);
        var first = await Task.WhenAny(revision, finish, silence);
        cancel.Cancel();
        var comment = revision.IsCompletedSuccessfully ? revision.Result ?? new RevisionEvent("") : null;
        return (comment, first != revision || finish.IsCompletedSuccessfully);
    }

    /// <summary>The manifest's key for an artifact file: "initial.png" -> "initial", "foreground-goose.png" -> "foreground-goose".</summary>
    private static string ArtifactKind(string fileName) => Path.GetFileNameWithoutExtension(fileName);

    private sealed record Revision(int Number, string? Text, SceneDescription Scene, StyleDecision Style, IReadOnlyList<SceneEdit> Edits);
}
