using System.Text.Json;
using Easel.Pipeline.Manifest;
using Easel.Pipeline.Scene;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Cli.Eval;

/// <summary>Checks one revision's manifest (and target image) against an eval case's "expect" object.</summary>
public static class ExpectationChecker
{
    public static IEnumerable<EvalCheck> Check(string caseId, string label, JsonElement expect, GenerationManifest manifest,
        string targetPath, string? previousTargetPath)
    {
        string Names(ElementRole? role) => string.Join(",", manifest.Elements.Where(e => role is null || e.Role == role).Select(e => e.Name));

        foreach (var property in expect.EnumerateObject())
        {
            switch (property.Name)
            {
                case "foreground" or "background":
                    var role = property.Name == "foreground" ? ElementRole.Foreground : ElementRole.Background;
                    foreach (var alternatives in property.Value.EnumerateArray().Select(Alternatives))
                    {
                        var ok = manifest.Elements.Any(e => e.Role == role && alternatives.Contains(e.Name));
                        yield return new EvalCheck(caseId, $"{label} {property.Name} {string.Join("|", alternatives)}", ok, Names(role));
                    }
                    break;
                case "emotion":
                    var emotion = JsonNamingPolicy.KebabCaseLower.ConvertName(manifest.Emotion.Category.ToString());
                    yield return new EvalCheck(caseId, $"{label} emotion {property.Value.GetString()}", emotion == property.Value.GetString(), emotion);
                    break;
                case "derived":
                    var sets = property.Value.EnumerateArray().Select(Alternatives).ToList();
                    foreach (var alternatives in sets)
                        yield return new EvalCheck(caseId, $"{label} derived {string.Join("|", alternatives)}",
                            manifest.Elements.Any(e => alternatives.Contains(e.Name)), Names(null));
                    var fromEmotion = manifest.Elements.Any(e => e.Source == ElementSource.Emotion && sets.Any(s => s.Contains(e.Name)));
                    yield return new EvalCheck(caseId, $"{label} derived from emotion", fromEmotion,
                        string.Join(",", manifest.Elements.Where(e => e.Source == ElementSource.Emotion).Select(e => e.Name)));
                    break;
                case "styles":
                    var styles = Alternatives(property.Value);
                    yield return new EvalCheck(caseId, $"{label} style {string.Join("|", styles)}", styles.Contains(manifest.Style.Name), manifest.Style.Name);
                    break;
                case "foregroundCount":
                    foreach (var count in property.Value.EnumerateObject())
                    {
                        var found = manifest.Elements.Where(e => e.Name == count.Name).Sum(e => e.Count);
                        yield return new EvalCheck(caseId, $"{label} count {count.Name}={count.Value.GetInt32()}", found == count.Value.GetInt32(), found.ToString());
                    }
                    break;
                case "absent":
                    var absent = Alternatives(property.Value);
                    yield return new EvalCheck(caseId, $"{label} absent {string.Join("|", absent)}", !manifest.Elements.Any(e => absent.Contains(e.Name)), Names(null));
                    break;
                case "darker" or "lighter" when previousTargetPath is not null:
                    var before = MeanLuminance(previousTargetPath);
                    var after = MeanLuminance(targetPath);
                    var change = (after - before) / Math.Max(before, 1e-6);
                    var ok2 = property.Name == "darker" ? change <= -0.10 : change >= 0.10;
                    yield return new EvalCheck(caseId, $"{label} {property.Name} by 10%", ok2, $"{change:+0.0%;-0.0%}");
                    break;
                default:
                    yield return new EvalCheck(caseId, $"{label} {property.Name}", false, "unknown expectation");
                    break;
            }
        }
    }

    private static IReadOnlyList<string> Alternatives(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString()!)] : [value.GetString()!];

    /// <summary>Mean Rec. 709 luminance in 0..1.</summary>
    public static double MeanLuminance(string path)
    {
        using var image = Image.Load<Rgb24>(path);
        double sum = 0;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
                foreach (var p in rows.GetRowSpan(y))
                    sum += 0.2126 * p.R + 0.7152 * p.G + 0.0722 * p.B;
        });
        return sum / (255.0 * image.Width * image.Height);
    }
}
