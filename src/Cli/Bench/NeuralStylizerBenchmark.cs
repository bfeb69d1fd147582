using System.Diagnostics;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Stylize;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Cli.Bench;

/// <summary>
/// Times the neural stylizer on a synthetic scene at a given size, pre/post-processing included (for `bench` and tools/NeuralSheet).
/// One warm-up call (session creation, reference decode) is left out; the median of the timed calls is reported.
/// </summary>
public static class NeuralStylizerBenchmark
{
    public sealed record Result(int Width, int Height, string Style, string Provider, int Runs,
        double MedianMs, double MinMs, double PrepareMs, double ModelMs, double FinishMs, (int Width, int Height) ModelSize);

    public static Result Measure(NeuralStylizer stylizer, int width, int height, string style = "impressionism", int runs = 5)
    {
        using var merged = SyntheticScene(width, height);
        using var sketch = new Image<L8>(width, height, new L8(255));
        var request = new StylizeRequest(merged, sketch, style, Tone.Neutral, 1);
        stylizer.Stylize(request).Dispose();
        var samples = new List<NeuralStylizerTimings>();
        for (var k = 0; k < runs; k++)
        {
            var timings = new NeuralStylizerTimings();
            stylizer.Stylize(request, timings).Dispose();
            samples.Add(timings);
        }
        var ordered = samples.OrderBy(s => s.TotalMs).ToList();
        var median = ordered[ordered.Count / 2];
        return new Result(width, height, style, stylizer.Slot.Session.Provider, runs, median.TotalMs, ordered[0].TotalMs,
            median.PrepareMs, median.ModelMs, median.FinishMs, stylizer.WorkingSize(width, height));
    }

    private static Image<Rgba32> SyntheticScene(int width, int height)
    {
        var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                    row[x] = y < height * 0.6
                        ? new Rgba32((byte)(120 + 80 * y / height), (byte)(170 + 50 * y / height), 235)
                        : new Rgba32(60, (byte)(130 + 40 * x / width), 70);
            }
        });
        return image;
    }
}
