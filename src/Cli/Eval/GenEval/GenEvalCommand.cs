using System.Collections.Concurrent;
using System.Text.Json;
using Easel.Cli.Generate;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Manifest;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Stylize;
using Easel.Pipeline.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Cli.Eval.GenEval;

/// <summary>
/// `geneval FILE`: paints every GenEval prompt with the whole orchestration and scores, per GenEval tag, what the
/// picture holds — each named class drawn (an element with an image and boxes), exact counts, the colour of its
/// pixels in target.png, positions by GenEval's rule on the boxes. A COCO class is found through Easel's own
/// lexicon (the class name read as text), and the table of which class became which element is printed so a
/// person can check it.
/// </summary>
public static class GenEvalCommand
{
    public sealed record Options(string File, string OutDirectory, int Size, int Seed, int? Limit, string? Tag);

    public sealed record PromptResult(int Index, string Tag, string Prompt, bool Correct, IReadOnlyList<string> Reasons);

    /// <param name="stylizers">The process's stylizers and model slots, shared by every prompt.</param>
    public static async Task<IReadOnlyList<PromptResult>> RunAsync(Options options, StylizerCatalog stylizers, TextWriter report)
    {
        var prompts = GenEvalPrompt.ReadLines(options.File)
            .Select((p, i) => (Prompt: p, Index: i))
            .Where(p => options.Tag is null || p.Prompt.Tag == options.Tag)
            .Take(options.Limit ?? int.MaxValue)
            .ToList();
        var analyzer = new TextAnalyzer();
        var classes = prompts.SelectMany(p => p.Prompt.Include.Concat(p.Prompt.Exclude ?? [])).Select(o => o.Class).Distinct()
            .ToDictionary(c => c, c => (IReadOnlyList<string>)analyzer.Analyze(c).Foreground.Select(e => e.Name).ToList());

        var results = new ConcurrentBag<PromptResult>();
        await Parallel.ForEachAsync(prompts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (item, cancellationToken) =>
        {
            var folder = Path.Combine(options.OutDirectory, item.Index.ToString("0000"));
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            var runner = new InProcessPaintRunner(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(folder), stylizers)), TimeProvider.System);
            await runner.RunAsync(new PaintRequest(item.Prompt.Prompt, options.Seed, options.Size, options.Size), [], _ => { });
            var revision = Path.Combine(folder, "r0");
            var manifest = ManifestJson.Deserialize(await File.ReadAllBytesAsync(Path.Combine(revision, ArtifactKeys.Manifest), cancellationToken));
            var named = item.Prompt.Include.Concat(item.Prompt.Exclude ?? []).Select(o => o.Class).Distinct().ToDictionary(c => c, c => classes[c]);
            var detected = await DetectAsync(manifest, revision, named);
            var (correct, reasons) = GenEvalJudge.Judge(item.Prompt, detected);
            results.Add(new PromptResult(item.Index, item.Prompt.Tag, item.Prompt.Prompt, correct, reasons));
        });

        var ordered = results.OrderBy(r => r.Index).ToList();
        Directory.CreateDirectory(options.OutDirectory);
        await File.WriteAllLinesAsync(Path.Combine(options.OutDirectory, "results.jsonl"),
            ordered.Select(r => JsonSerializer.Serialize(r, JsonSerializerOptions.Web)));
        await WriteReportAsync(report, ordered, classes);
        return ordered;
    }

    /// <summary>
    /// What a detector would find: for each class, every drawn copy of the elements the class names, with the box
    /// the manifest gives it and the colour its visible pixels (the element's alpha matte) have in target.png.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<DetectedObject>>> DetectAsync(
        GenerationManifest manifest, string revisionFolder, IReadOnlyDictionary<string, IReadOnlyList<string>> classes)
    {
        using var target = await Image.LoadAsync<Rgba32>(Path.Combine(revisionFolder, ArtifactKeys.Target));
        var detected = new Dictionary<string, IReadOnlyList<DetectedObject>>();
        foreach (var (className, names) in classes)
        {
            var objects = new List<DetectedObject>();
            foreach (var element in manifest.Elements.Where(e => e.Role == ElementRole.Foreground && names.Contains(e.Name)))
            {
                var spritePath = Path.Combine(revisionFolder, ArtifactKeys.Foreground(element.Name));
                if (manifest.Missing.Contains(element.Name) || !File.Exists(spritePath) || element.Boxes is null) continue;
                using var sprite = await Image.LoadAsync<Rgba32>(spritePath);
                for (var i = 0; i < element.Boxes.Count; i++)
                {
                    // The layout mirrors some copies; the matte must be flipped with them.
                    var (box, mirrored) = (element.Boxes[i], element.Mirrored is { } m && i < m.Count && m[i]);
                    objects.Add(new DetectedObject(box[0], box[1], box[0] + box[2], box[1] + box[3], ColorUnder(target, sprite, box, mirrored)));
                }
            }
            detected[className] = objects;
        }
        return detected;
    }

    /// <summary>The colour name of the target's pixels where the element's sprite, scaled into the box (and mirrored with it), is opaque.</summary>
    private static string? ColorUnder(Image<Rgba32> target, Image<Rgba32> sprite, int[] box, bool mirrored)
    {
        var pixels = new List<(Rgba32, float)>();
        for (var y = Math.Max(0, box[1]); y < Math.Min(target.Height, box[1] + box[3]); y++)
            for (var x = Math.Max(0, box[0]); x < Math.Min(target.Width, box[0] + box[2]); x++)
            {
                var sx = Math.Min(sprite.Width - 1, (x - box[0]) * sprite.Width / Math.Max(1, box[2]));
                if (mirrored) sx = sprite.Width - 1 - sx;
                var sy = Math.Min(sprite.Height - 1, (y - box[1]) * sprite.Height / Math.Max(1, box[3]));
                var alpha = sprite[sx, sy].A / 255f;
                if (alpha > 0.5f) pixels.Add((target[x, y], alpha));
            }
        return ColorNames.Dominant(pixels);
    }

    private static async Task WriteReportAsync(TextWriter report, List<PromptResult> results, IReadOnlyDictionary<string, IReadOnlyList<string>> classes)
    {
        await report.WriteLineAsync("class -> element(s) it is drawn as:");
        foreach (var (className, names) in classes.OrderBy(c => c.Key, StringComparer.Ordinal))
            await report.WriteLineAsync($"  {className,-16} -> {(names.Count == 0 ? "(nothing)" : string.Join(", ", names))}");
        foreach (var failed in results.Where(r => !r.Correct))
            await report.WriteLineAsync($"FAIL {failed.Tag,-13} {failed.Prompt,-55} {string.Join("; ", failed.Reasons)}");
        var tags = results.GroupBy(r => r.Tag).OrderBy(g => Array.IndexOf(TagOrder, g.Key)).ToList();
        foreach (var tag in tags)
            await report.WriteLineAsync($"{tag.Key,-14} {tag.Count(r => r.Correct) / (double)tag.Count(),5:0.00}  ({tag.Count(r => r.Correct)}/{tag.Count()})");
        // GenEval's overall score is the mean of the per-tag scores.
        var overall = tags.Count == 0 ? 0 : tags.Average(t => t.Count(r => r.Correct) / (double)t.Count());
        await report.WriteLineAsync($"{"overall",-14} {overall,5:0.00}  ({results.Count(r => r.Correct)}/{results.Count} prompts)");
    }

    private static readonly string[] TagOrder = ["single_object", "two_object", "counting", "colors", "position", "color_attr"];
}
