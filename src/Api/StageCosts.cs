using Easel.Pipeline.Orchestration;

namespace Easel.Api;

/// <summary>
/// What each stage costs, from <c>easel bench</c> (Release, in-process, medians): a fixed part plus a part proportional
/// to the picture's pixels. The 512x512 figures are the README's quiet-machine medians (2026-11-25: stylize 195 ms,
/// sketch 70, compose 60, background 55; merge and the per-element foreground from the shares of a later run), and a
/// whole generation at 1024x1024 took 2.3 times as long, which fixes the split between the two parts. Progress weighs
/// finished stages by these costs; the time still to go is the cost of the stages left plus one queue hand-off each.
/// On a loaded machine every stage is slower by about the same factor, so progress stays right and the ETA is low.
/// </summary>
/// <param name="Stages">Stage -> (fixed ms, ms per megapixel). "foreground" is per element.</param>
/// <param name="HandOffMs">A stage's trip through the engine's queues (serve on Azurite: about 40 ms; docs/hosting.md).</param>
public sealed record StageCosts(IReadOnlyDictionary<string, (double FixedMs, double PerMegapixelMs)> Stages, double HandOffMs)
{
    public static StageCosts Measured { get; } = new(new Dictionary<string, (double, double)>
    {
        ["text"] = (1, 0),
        [StageNames.Compose] = (34, 99),
        [StageNames.Background] = (31, 91),
        [StageNames.Foreground] = (2, 10),
        [StageNames.Merge] = (28, 83),
        [StageNames.Sketch] = (40, 116),
        [StageNames.Stylize] = (111, 322),
        ["manifest"] = (3, 5),
    }, 40);

    /// <summary>Milliseconds stage <paramref name="stage"/> takes for a picture of <paramref name="width"/> x <paramref name="height"/>.</summary>
    public double Ms(string stage, int width, int height) =>
        Stages.TryGetValue(stage, out var cost) ? cost.FixedMs + cost.PerMegapixelMs * width * (double)height / 1e6 : 0;
}
