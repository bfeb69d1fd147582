using System.Text.Json;
using Easel.Cli.Generate;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Manifest;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Stylize;

namespace Easel.Cli.Eval;

/// <summary>`eval FILE`: runs every case of an acceptance file through the orchestration and says which checks fail.</summary>
public static class EvalCommand
{
    /// <param name="stylizers">The process's stylizers and model slots, shared by every case.</param>
    public static async Task<IReadOnlyList<EvalCheck>> RunAsync(string file, string outDirectory, int size, StylizerCatalog stylizers, TextWriter report)
    {
        var cases = JsonSerializer.Deserialize<EvalFile>(await File.ReadAllBytesAsync(file), JsonSerializerOptions.Web)?.Cases
            ?? throw new InvalidDataException($"{file} has no cases");
        var checks = new List<EvalCheck>();
        foreach (var evalCase in cases)
        {
            var folder = Path.Combine(outDirectory, evalCase.Id);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            var runner = new InProcessPaintRunner(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(folder), stylizers)), TimeProvider.System);
            var revisions = evalCase.Revisions ?? [];
            await runner.RunAsync(new PaintRequest(evalCase.Prompt, evalCase.Seed, size, size), [.. revisions.Select(r => r.Text)], _ => { });

            var expectations = revisions.Select(r => r.Expect).Prepend(evalCase.Expect).ToList();
            for (var k = 0; k < expectations.Count; k++)
            {
                var manifest = ManifestJson.Deserialize(await File.ReadAllBytesAsync(Path.Combine(folder, $"r{k}", ArtifactKeys.Manifest)));
                var target = Path.Combine(folder, $"r{k}", ArtifactKeys.Target);
                var previous = k == 0 ? null : Path.Combine(folder, $"r{k - 1}", ArtifactKeys.Target);
                checks.AddRange(ExpectationChecker.Check(evalCase.Id, $"r{k}", expectations[k], manifest, target, previous));
            }
        }
        foreach (var check in checks)
            await report.WriteLineAsync($"{(check.Passed ? "pass" : "FAIL")}  {check.CaseId,-15} {check.What,-45} found: {check.Found}");
        var cases1 = checks.GroupBy(c => c.CaseId).ToList();
        await report.WriteLineAsync(
            $"{checks.Count(c => c.Passed)}/{checks.Count} checks passed; {cases1.Count(g => g.All(c => c.Passed))}/{cases1.Count} cases fully passed");
        return checks;
    }
}
