using System.Diagnostics;
using Easel.Cli.Generate;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Manifest;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Stylize;

namespace Easel.Cli.Bench;

/// <summary>
/// `bench`: whole generations through the in-process orchestration, per size: the median time of each stage
/// (as the activities measured it), the median wall time and CPU time of a whole generation, and the process's peak memory.
/// </summary>
public static class BenchCommand
{
    private static readonly string[] Prompts =
    [
        "a goose standing on the grass", "happily sailing in the sea", "a red fox in a snowy forest at night",
        "two horses galloping across a meadow at sunset",
    ];

    /// <param name="stylizers">The process's stylizers and model slots, shared by every run.</param>
    public static async Task RunAsync(IReadOnlyList<(int Width, int Height)> sizes, string stylizer, int repetitions, StylizerCatalog stylizers, TextWriter report)
    {
        var scratch = Directory.CreateTempSubdirectory("easel-bench-").FullName;
        try
        {
            await report.WriteLineAsync($"easel bench: {Environment.ProcessorCount} cores, stylizer {stylizer}, {repetitions} runs x {Prompts.Length} prompts per size");
            foreach (var (width, height) in sizes)
            {
                var stages = new Dictionary<string, List<double>>();
                var totals = new List<double>();
                var cpu = new List<double>();
                var allocated = new List<double>();
                for (var run = -1; run < repetitions; run++) // run -1 warms up (JIT, asset and model loading)
                {
                    foreach (var prompt in Prompts)
                    {
                        var folder = Path.Combine(scratch, Guid.NewGuid().ToString("n"));
                        var runner = new InProcessPaintRunner(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(folder), stylizers)), TimeProvider.System);
                        var started = Stopwatch.GetTimestamp();
                        var cpuBefore = Environment.CpuUsage.TotalTime;
                        var allocatedBefore = GC.GetTotalAllocatedBytes();
                        await runner.RunAsync(new PaintRequest(prompt, 1, width, height, Stylizer: stylizer), [], _ => { });
                        var total = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                        var cpuMs = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
                        var allocatedMb = (GC.GetTotalAllocatedBytes() - allocatedBefore) / (1024.0 * 1024);
                        var manifest = ManifestJson.Deserialize(await File.ReadAllBytesAsync(Path.Combine(folder, "r0", ArtifactKeys.Manifest)));
                        Directory.Delete(folder, recursive: true);
                        if (run < 0) continue;
                        totals.Add(total);
                        cpu.Add(cpuMs);
                        allocated.Add(allocatedMb);
                        foreach (var (stage, ms) in manifest.TimingsMs)
                        {
                            var name = StageNames.IsForegroundTiming(stage) ? $"{StageNames.Foreground} (each)" : stage;
                            (stages.TryGetValue(name, out var list) ? list : stages[name] = []).Add(ms);
                        }
                    }
                }
                using var process = Process.GetCurrentProcess();
                await report.WriteLineAsync($"{width}x{height}: whole generation median {Median(totals):F0} ms (min {totals.Min():F0}, max {totals.Max():F0}), CPU {Median(cpu):F0} ms (user + system, all threads: the cost whatever the machine's load), managed allocations {Median(allocated):F0} MB (the same on any machine); peak working set so far {process.PeakWorkingSet64 / (1024 * 1024)} MB");
                foreach (var (stage, list) in stages)
                    await report.WriteLineAsync($"  {stage,-18} {Median(list),8:F1} ms");
                if (stylizers.NeuralStylizer is { } neural)
                {
                    var model = NeuralStylizerBenchmark.Measure(neural, width, height);
                    await report.WriteLineAsync($"  neural stylize     {model.MedianMs,8:F1} ms (model {model.ModelMs:F1} ms on {model.Provider}, prepare {model.PrepareMs:F1}, finish {model.FinishMs:F1})");
                }
            }
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
