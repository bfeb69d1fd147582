using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Manifest;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Models;
using Easel.Pipeline.Orchestration.Activities;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;
using Easel.Pipeline.Text;
using Easel.Pipeline.Webhooks;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

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
        try
        {
            return await ConverseAsync(context, input);
        }
        catch (TaskFailedException e)
        {
            // Told before the failure ends the instance; a callback that cannot be delivered does not hide the failure.
            await NotifyAsync(context, request, WebhookEvent.GenerationFailed, input.State, e.FailureDetails.ErrorMessage);
            throw;
        }
    }

    private static async Task<PaintState> ConverseAsync(TaskOrchestrationContext context, PaintInput input)
    {
        var request = input.Request;
        var replay = input.Replay ?? [];
        var (state, saved) = input.State is { } carried ? (carried, input.Saved ?? []) : await PaintFirstAsync(context, request);
        // A new execution (after ContinueAsNew) starts with no custom status: say again that we are waiting.
        // Comments to replay (a recalled picture's) come first, without waiting: the generation is not ready until they are done.
        context.SetCustomStatus(PaintStatus.Of(replay.Count > 0 ? StageNames.Recalling : StageNames.Waiting, request.ArtifactPrefix, state));
        // Told once its status says so, so a receiver that asks for the status finds the revision ready.
        // An event raised meanwhile waits in this execution's queue for the wait below.
        if (input.State is null || input.Announce) await NotifyAsync(context, request, WebhookEvent.RevisionCompleted, state);

        var (comment, finish) = replay.Count > 0 ? (new RevisionEvent(replay[0]), false) : await WaitForRevisionAsync(context, request);

        var revised = false;
        // A malformed event (sent around the HTTP API's validation) is skipped rather than failing the conversation.
        if (comment is not null && !string.IsNullOrWhiteSpace(comment.Text) && Continued(state, saved, comment) is { } previous)
        {
            (state, saved) = await ReviseAsync(context, request, state, saved, previous, comment);
            var next = finish ? StageNames.Finished : replay.Count > 1 ? StageNames.Recalling : StageNames.Waiting;
            context.SetCustomStatus(PaintStatus.Of(next, request.ArtifactPrefix, state));
            revised = true;
        }

        if (finish)
        {
            context.SetCustomStatus(PaintStatus.Of(StageNames.Finished, request.ArtifactPrefix, state));
            if (revised) await NotifyAsync(context, request, WebhookEvent.RevisionCompleted, state);
            return state;
        }

        // One execution per revision keeps the history short however long the conversation runs; the next one tells
        // the callback about this revision (Announce) before it waits.
        context.ContinueAsNew(new PaintInput(request, state, replay.Count > 1 ? [.. replay.Skip(1)] : null, saved, Announce: revised),
            preserveUnprocessedEvents: true);
        return state;
    }

    /// <summary>
    /// Sends the start's callback (if it gave one) the event; delivery is retried by the activity's policy and given
    /// up after that without failing the generation: the painting is done whether or not the receiver listened.
    /// </summary>
    /// <param name="state">The latest revision (null when none was painted).</param>
    private static async Task NotifyAsync(TaskOrchestrationContext context, PaintRequest request, string type, PaintState? state, string? error = null)
    {
        if (request.CallbackUrl is null) return;
        var record = state?.History is { Count: > 0 } history ? history[^1] : null;
        var data = new WebhookEventData(context.InstanceId, record?.Revision, record?.Candidates ?? 0, record?.From, record?.Style,
            $"/api/generations/{Uri.EscapeDataString(context.InstanceId)}", error);
        // The same id on every retry and replay: receivers drop repeats by it.
        var id = type == WebhookEvent.GenerationFailed ? $"msg_{context.InstanceId}_failed" : $"msg_{context.InstanceId}_r{record?.Revision}";
        try
        {
            // A timer that is due at once ends this episode: the status just set is saved before the activity is even
            // scheduled (a backend may send an episode's messages before it saves its status, and a receiver that
            // asks for the status at once must find the revision ready).
            await context.CreateTimer(context.CurrentUtcDateTime, CancellationToken.None);
            await context.CallSendWebhookAsync(new SendWebhookInput(request.CallbackUrl, id, new WebhookEvent(type, context.CurrentUtcDateTime, data)));
        }
        catch (TaskFailedException)
        {
            context.CreateReplaySafeLogger(nameof(PaintOrchestrator)).LogWarning("Gave up delivering {Type} to the callback of {InstanceId}", type, context.InstanceId);
        }
    }

    /// <summary>
    /// The painting a comment continues from (its <see cref="RevisionEvent.From"/>, else candidate 0 of the latest
    /// revision) with the whole tree as its history; null when it names none that exists or asks for a number of
    /// candidates out of range (an event sent around the HTTP API's validation).
    /// </summary>
    private static PaintState? Continued(PaintState latest, IReadOnlyList<PaintState> saved, RevisionEvent comment)
    {
        if (comment.Candidates is { } n && PaintRequestValidator.CandidatesProblem(n) is not null) return null;
        if (comment.From is not { } from) return latest;
        var found = saved.FirstOrDefault(s => s.Revision == from.Revision && (s.Candidate ?? 0) == from.Candidate);
        return found is null ? null : found with { History = latest.History };
    }

    private static async Task<(PaintState Latest, IReadOnlyList<PaintState> Saved)> PaintFirstAsync(TaskOrchestrationContext context, PaintRequest request)
    {
        var timings = new Dictionary<string, double>();
        context.SetCustomStatus(new PaintStatus(StageNames.Started, 0, request.ArtifactPrefix, null, null, [], []));

        var analyzed = await context.CallAnalyzeTextAsync(new AnalyzeTextInput(request.Prompt, request.Style));
        timings[StageNames.Analyze] = analyzed.ElapsedMs;

        var style = await context.CallDecideStyleAsync(analyzed.Scene);
        timings[StageNames.Style] = style.ElapsedMs;

        var revision = new Revision(0, null, null, analyzed.Scene, style.Decision, [], request.Candidates);
        return await RenderCandidatesAsync(context, request, revision, previous: null, [], RenderPlan.Everything, timings);
    }

    private static async Task<(PaintState Latest, IReadOnlyList<PaintState> Saved)> ReviseAsync(
        TaskOrchestrationContext context, PaintRequest request, PaintState latest, IReadOnlyList<PaintState> saved, PaintState previous, RevisionEvent comment)
    {
        var timings = new Dictionary<string, double>();
        var revised = await context.CallReviseSceneAsync(new ReviseSceneInput(previous.Scene, comment.Text));
        timings[StageNames.Revise] = revised.ElapsedMs;

        var style = await context.CallDecideStyleAsync(revised.Scene);
        timings[StageNames.Style] = style.ElapsedMs;

        var stages = RenderPlan.Between(previous.Scene, previous.Style, revised.Scene, style.Decision, revised.Edits);
        var from = new RevisionSource(previous.Revision, previous.Candidate ?? 0);
        var revision = new Revision(latest.Revision + 1, comment.Text, from, revised.Scene, style.Decision, revised.Edits, comment.Candidates ?? 1);
        return await RenderCandidatesAsync(context, request, revision, previous, saved, stages, timings);
    }

    /// <summary>
    /// Paints the revision's candidates in parallel (a fan-out of whole renderings). Candidate 0 is the least change
    /// from the painting it continues from, in the revision's own folder; candidate J &gt; 0 is another take with its
    /// own seed and a fresh composition, in <c>r{K}/cJ/</c>. With several, candidate 0 is also copied to <c>r{K}/c0/</c>
    /// so that every candidate has a folder of its own.
    /// </summary>
    private static async Task<(PaintState Latest, IReadOnlyList<PaintState> Saved)> RenderCandidatesAsync(
        TaskOrchestrationContext context, PaintRequest request, Revision revision, PaintState? previous, IReadOnlyList<PaintState> saved,
        RenderPlan stages, Dictionary<string, double> timings)
    {
        var history = previous?.History ?? [];
        var record = new RevisionRecord(revision.Number, revision.Text, revision.Style.Name,
            ArtifactKeys.For(request.ArtifactPrefix, revision.Number, ArtifactKeys.Target), revision.From, revision.Candidates);
        var chain = (IReadOnlyList<RevisionRecord>)[.. RevisionRecord.Chain(history, revision.From), record];
        var candidates = await Task.WhenAll(Enumerable.Range(0, revision.Candidates).Select(j =>
            RenderAsync(context, request, revision, previous, j == 0 ? stages : RenderPlan.Everything, new Dictionary<string, double>(timings), history, chain, j)));

        if (revision.Candidates > 1)
        {
            var first = candidates[0];
            var names = (IReadOnlyList<string>)[.. ArtifactKeys.Pictures(first.Foregrounds.Select(f => f.Element)), ArtifactKeys.Manifest];
            await context.CallCopyArtifactsAsync(new CopyArtifactsInput(request.ArtifactPrefix, revision.Number, revision.Number, names, ToCandidate: 0));
        }

        IReadOnlyList<RevisionRecord> tree = [.. history, record];
        return (candidates[0] with { History = tree }, [.. saved, .. candidates.Select(c => c with { History = [] })]);
    }

    /// <summary>Seed of candidate <paramref name="candidate"/>: the request's for candidate 0, a different one for each other take.</summary>
    internal static int CandidateSeed(int seed, int revision, int candidate) =>
        candidate == 0 ? seed : unchecked(seed + (revision + 1) * 1_000_003 + candidate * 7_919);

    /// <summary>Runs one revision's stages as <paramref name="stages"/> and its <see cref="RevisionPlan"/> say, then writes its manifest.</summary>
    /// <param name="history">The revision tree before this revision, for the status.</param>
    /// <param name="chain">The revisions that led to this one, ending with it, for the picture's parameters.</param>
    /// <param name="candidate">Which candidate this is: 0 reports progress and lives in the revision's own folder.</param>
    private static async Task<PaintState> RenderAsync(
        TaskOrchestrationContext context, PaintRequest request, Revision revision, PaintState? previous, RenderPlan stages, Dictionary<string, double> timings,
        IReadOnlyList<RevisionRecord> history, IReadOnlyList<RevisionRecord> chain, int candidate)
    {
        var prefix = request.ArtifactPrefix;
        int? folder = candidate == 0 ? null : candidate;
        var seed = CandidateSeed(request.Seed, revision.Number, candidate);
        var stage = new StageInput(prefix, revision.Number, seed, folder);
        // Slot -> provenance of the models that ran in this revision (the manifest's "models").
        var models = new SortedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var scene = revision.Scene;
        var written = new List<string>();
        void Done(string name, IEnumerable<string> artifacts)
        {
            written.AddRange(artifacts);
            // Candidates run in parallel: only the first one reports, so progress moves one way.
            if (candidate == 0) context.SetCustomStatus(new PaintStatus(name, revision.Number, prefix, scene, revision.Style, [.. written], history));
        }

        SceneLayout layout;
        if (stages.Compose || previous is null)
        {
            // The previous layout with the revision's moves, resizes and replacements: untouched things keep their boxes.
            // Another candidate is another take: a composition of its own.
            var kept = previous is null || candidate > 0 ? null : LayoutEdits.Apply(previous.Layout, revision.Edits);
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
            ? context.CallCopyArtifactsAsync(new CopyArtifactsInput(prefix, previous!.Revision, revision.Number, plan.Carry, previous.Candidate, folder))
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
            // The things whose colour the text named, by their label in mattes.png: a style without colour keeps theirs.
            var drawn = foregrounds.Select(f => f.Element).ToHashSet(StringComparer.Ordinal);
            var accents = ElementMattes.LabelsOf(layout.Placements, drawn.Contains, e => scene.Foreground.Any(f => f.Name == e && f.Color is not null));
            stylized = await context.CallStylizeImageAsync(
                new StylizeImageInput(stage, revision.Style.Name, scene.Tone, request.Stylizer, request.StyleStrength, accents.Count > 0 ? accents : null));
            timings[StageNames.Stylize] = stylized.ElapsedMs;
            Done(StageNames.Stylize, [ArtifactKeys.Target]);
        }
        else
        {
            stylized = new StylizeImageOutput(previous.Stylizer, previous.StylizerDetails, 0); // the carried target's
        }

        var artifacts = ArtifactKeys.Pictures(foregrounds.Select(f => f.Element)).ToDictionary(ArtifactKind, name => name);
        var manifest = new GenerationManifest(
            request.Prompt, revision.Number, revision.Text, seed, request.Width, request.Height,
            ManifestElement.From(scene, layout), scene.Relations, scene.Setting, scene.Emotion, revision.Style, stylized.Stylizer,
            stylized.Details, scene.Tone, scene.Missing, revision.Edits, artifacts, timings, models.Count > 0 ? models : null,
            revision.Candidates > 1 ? candidate : null, revision.From);
        await context.CallWriteManifestAsync(new WriteManifestInput(prefix, manifest, chain, folder));

        return new PaintState(revision.Number, scene, revision.Style, layout, foregrounds, history, stylized.Stylizer, stylized.Details, folder);
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

    private sealed record Revision(int Number, string? Text, RevisionSource? From, SceneDescription Scene, StyleDecision Style, IReadOnlyList<SceneEdit> Edits, int Candidates);
}
