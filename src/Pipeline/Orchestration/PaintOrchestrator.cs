using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Foreground;
using Easel.Pipeline.Initial;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Manifest;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;
using Easel.Pipeline.Stylize;
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
        context.SetCustomStatus(Status(replay.Count > 0 ? "recalling" : "waiting", request, state));

        var (comment, finish) = replay.Count > 0 ? (new RevisionEvent(replay[0]), false) : await WaitForRevisionAsync(context, request);

        // A malformed event (sent around the HTTP API's validation) is skipped rather than failing the conversation.
        if (comment is not null && !string.IsNullOrWhiteSpace(comment.Text))
            state = await ReviseAsync(context, request, state, comment.Text);

        if (finish)
        {
            context.SetCustomStatus(Status("finished", request, state));
            return state;
        }

        // One execution per revision keeps the history short however long the conversation runs.
        context.ContinueAsNew(new PaintInput(request, state, replay.Count > 1 ? [.. replay.Skip(1)] : null), preserveUnprocessedEvents: true);
        return state;
    }

    private static async Task<PaintState> PaintFirstAsync(TaskOrchestrationContext context, PaintRequest request)
    {
        var timings = new Dictionary<string, double>();
        context.SetCustomStatus(new PaintStatus("started", 0, request.ArtifactPrefix, null, null, [], []));

        var analyzed = await context.CallActivityAsync<AnalyzeTextOutput>(
            ActivityNames.AnalyzeText, new AnalyzeTextInput(request.Prompt, request.Style));
        timings["analyze"] = analyzed.ElapsedMs;

        var style = await context.CallActivityAsync<DecideStyleOutput>(ActivityNames.DecideStyle, analyzed.Scene);
        timings["style"] = style.ElapsedMs;

        return await RenderAsync(context, request, new Revision(0, null, analyzed.Scene, style.Decision, []), previous: null, RenderPlan.Everything, timings);
    }

    private static async Task<PaintState> ReviseAsync(TaskOrchestrationContext context, PaintRequest request, PaintState previous, string comment)
    {
        var timings = new Dictionary<string, double>();
        var revised = await context.CallActivityAsync<ReviseSceneOutput>(ActivityNames.ReviseScene, new ReviseSceneInput(previous.Scene, comment));
        timings["revise"] = revised.ElapsedMs;

        var style = await context.CallActivityAsync<DecideStyleOutput>(ActivityNames.DecideStyle, revised.Scene);
        timings["style"] = style.ElapsedMs;

        var plan = RenderPlan.Between(previous.Scene, previous.Style, revised.Scene, style.Decision);
        var revision = new Revision(previous.Revision + 1, comment, revised.Scene, style.Decision, revised.Edits);
        return await RenderAsync(context, request, revision, previous, plan, timings);
    }

    /// <summary>Runs the stages of <paramref name="plan"/> for one revision and carries the other artifacts over.</summary>
    private static async Task<PaintState> RenderAsync(
        TaskOrchestrationContext context, PaintRequest request, Revision revision, PaintState? previous, RenderPlan plan, Dictionary<string, double> timings)
    {
        var prefix = request.ArtifactPrefix;
        var stage = new StageInput(prefix, revision.Number, request.Seed);
        var scene = revision.Scene;
        var history = previous?.History ?? [];
        var written = new List<string>();
        var carried = new List<string>();
        void Done(string name, IEnumerable<string> artifacts)
        {
            written.AddRange(artifacts);
            context.SetCustomStatus(new PaintStatus(name, revision.Number, prefix, scene, revision.Style, [.. written], history));
        }

        // Layout and initial image.
        SceneLayout layout;
        if (plan.Compose || previous is null)
        {
            var composed = await context.CallActivityAsync<ComposeSceneOutput>(ActivityNames.ComposeScene,
                new ComposeSceneInput(stage, scene, request.Width, request.Height, previous?.Layout));
            timings["compose"] = composed.ElapsedMs;
            layout = composed.Layout;
            Done("compose", [ArtifactKeys.Initial, ArtifactKeys.Regions]);
        }
        else
        {
            layout = previous.Layout;
            carried.AddRange([ArtifactKeys.Initial, ArtifactKeys.Regions]);
        }

        // Fan-out: the background and every new foreground element in parallel.
        var parallel = new List<Task>();
        Task<StageOutput>? inpaint = null;
        if (plan.Inpaint || previous is null)
        {
            inpaint = context.CallActivityAsync<StageOutput>(ActivityNames.InpaintBackground, stage);
            parallel.Add(inpaint);
        }
        else
        {
            carried.Add(ArtifactKeys.Background);
        }

        var foregrounds = new List<ForegroundImage>();
        var rendering = new List<Task<RenderForegroundOutput>>();
        var sizes = new Dictionary<string, int>();
        foreach (var element in scene.Foreground)
        {
            var size = layout.Placements.Where(p => p.Element == element.Name).Select(p => Math.Max(p.Width, p.Height)).DefaultIfEmpty(0).Max();
            if (size == 0) continue;
            sizes[element.Name] = size;
            var existing = previous?.Foregrounds.FirstOrDefault(f => f.Element == element.Name);
            if (previous is not null && previous.Scene.Missing.Contains(element.Name)) continue; // still no image for it
            if (existing is not null && existing.Size >= size)
            {
                foregrounds.Add(existing);
                carried.Add(ArtifactKeys.Foreground(element.Name));
            }
            else
            {
                rendering.Add(context.CallActivityAsync<RenderForegroundOutput>(ActivityNames.RenderForeground,
                    new RenderForegroundInput(stage, element.Name, size)));
            }
        }
        parallel.AddRange(rendering);

        if (carried.Count > 0)
        {
            parallel.Add(context.CallActivityAsync<StageOutput>(ActivityNames.CopyArtifacts,
                new CopyArtifactsInput(prefix, revision.Number - 1, revision.Number, [.. carried])));
        }
        await Task.WhenAll(parallel);
        if (carried.Count > 0) Done("carry", carried);

        if (inpaint is not null)
        {
            timings["background"] = inpaint.Result.ElapsedMs;
            Done("background", [ArtifactKeys.Background]);
        }
        var missing = new List<string>();
        foreach (var output in rendering.Select(r => r.Result))
        {
            timings[$"foreground-{output.Element}"] = output.ElapsedMs;
            if (output.Found) foregrounds.Add(new ForegroundImage(output.Element, sizes[output.Element]));
            else missing.Add(output.Element);
        }
        if (rendering.Count > 0) Done("foreground", foregrounds.Select(f => ArtifactKeys.Foreground(f.Element)).Except(written).ToList());
        missing.AddRange(scene.Missing.Where(scene.Has).Except(missing));
        scene = scene with { Missing = [.. missing.Distinct().Order(StringComparer.Ordinal)] };
        foregrounds = foregrounds.OrderBy(f => f.Element, StringComparer.Ordinal).ToList();

        // Merge, sketch, stylize: each runs when the plan says so, else its artifact is carried over.
        var later = new List<string>();
        if (plan.Merge || previous is null)
        {
            var merged = await context.CallActivityAsync<StageOutput>(ActivityNames.MergeScene,
                new MergeSceneInput(stage, scene, layout, [.. foregrounds.Select(f => f.Element)]));
            timings["merge"] = merged.ElapsedMs;
            Done("merge", [ArtifactKeys.Merged]);
            var sketch = await context.CallActivityAsync<StageOutput>(ActivityNames.SketchImage, stage);
            timings["sketch"] = sketch.ElapsedMs;
            Done("sketch", [ArtifactKeys.Sketch]);
        }
        else
        {
            later.AddRange([ArtifactKeys.Merged, ArtifactKeys.Sketch]);
        }

        StylizeImageOutput stylized;
        if (plan.Stylize || previous is null)
        {
            if (later.Count > 0)
            {
                await CarryAsync(context, prefix, revision.Number, later);
                Done("carry", later);
            }
            stylized = await context.CallActivityAsync<StylizeImageOutput>(ActivityNames.StylizeImage,
                new StylizeImageInput(stage, revision.Style.Name, scene.Tone, request.Stylizer, request.StyleStrength));
            timings["stylize"] = stylized.ElapsedMs;
            Done("stylize", [ArtifactKeys.Target]);
        }
        else
        {
            later.Add(ArtifactKeys.Target);
            await CarryAsync(context, prefix, revision.Number, later);
            Done("carry", later);
            stylized = new StylizeImageOutput(previous.Stylizer, previous.StylizerDetails, 0);
        }

        var artifacts = written.Distinct().ToDictionary(ArtifactKind, name => name);
        var manifest = new GenerationManifest(
            request.Prompt, revision.Number, revision.Text, request.Seed, request.Width, request.Height,
            ManifestElement.From(scene, layout), scene.Relations, scene.Setting, scene.Emotion, revision.Style, stylized.Stylizer, stylized.Details, scene.Tone,
            scene.Missing, revision.Edits, artifacts, timings);
        var record = new RevisionRecord(revision.Number, revision.Text, revision.Style.Name, ArtifactKeys.For(prefix, revision.Number, ArtifactKeys.Target));
        await context.CallActivityAsync<StageOutput>(ActivityNames.WriteManifest, new WriteManifestInput(prefix, manifest, [.. history, record]));

        return new PaintState(revision.Number, scene, revision.Style, layout, foregrounds, [.. history, record], stylized.Stylizer, stylized.Details);
    }

    private static Task CarryAsync(TaskOrchestrationContext context, string prefix, int revision, IReadOnlyList<string> names) =>
        context.CallActivityAsync<StageOutput>(ActivityNames.CopyArtifacts, new CopyArtifactsInput(prefix, revision - 1, revision, names));

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

    private static PaintStatus Status(string stage, PaintRequest request, PaintState state) =>
        new(stage, state.Revision, request.ArtifactPrefix, state.Scene, state.Style,
            ArtifactsOf(state), state.History);

    private static IReadOnlyList<string> ArtifactsOf(PaintState state) =>
    [
        ArtifactKeys.Initial, ArtifactKeys.Regions, ArtifactKeys.Background,
        .. state.Foregrounds.Select(f => ArtifactKeys.Foreground(f.Element)),
        ArtifactKeys.Merged, ArtifactKeys.Sketch, ArtifactKeys.Target, ArtifactKeys.Manifest,
    ];

    /// <summary>The manifest's key for an artifact file: "initial.png" -> "initial", "foreground-goose.png" -> "foreground-goose".</summary>
    private static string ArtifactKind(string fileName) => Path.GetFileNameWithoutExtension(fileName);

    private sealed record Revision(int Number, string? Text, SceneDescription Scene, StyleDecision Style, IReadOnlyList<SceneEdit> Edits);
}
