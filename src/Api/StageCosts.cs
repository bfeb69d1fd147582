namespace Easel.Api;

/// <summary>
/// What each stage costs, as <c>easel bench</c> measured it (Release, in-process, medians): a fixed part plus a part
/// proportional to the picture's pixels, fitted from the 512x512 and 1024x1024 runs. Progress weighs finished stages
/// by these costs, and the time still to go is the cost of the stages left plus one queue hand-off each.
/// </summary>
/// <param name="Stages">Stage -> (fixed ms, ms per megapixel). "foreground" is per element.</param>
/// <param name="HandOffMs">A stage's trip through the engine's queues (serve on Azurite: about 40 ms; docs/hosting.md).</param>
public sealed record StageCosts(IReadOnlyDictionary<string, (double FixedMs, double PerMegapixelMs)> Stages, double HandOffMs)
{
    /// <summary>Measured on this project's 2-core machine; see README "Performance" for the run.</summary>
    public static StageCosts Measured { get; } = new(new Dictionary<string, (double, double)>
    {
        ["text"] = (3, 0),
        ["compose"] = (20, 150),
        ["background"] = (10, 170),
        ["foreground"] = (15, 20),
        ["merge"] = (5, 90),
        ["sketch"] = (10, 230),
        ["stylize"] = (60, 520),
        ["manifest"] = (5, 20),
    }, 40);

    /// <summary>Milliseconds stage <paramref name="stage"/> takes for a picture of <paramref name="width"/> x <paramref name="height"/>.</summary>
    public double Ms(string stage, int width, int height) =>
        Stages.TryGetValue(stage, out var cost) ? cost.FixedMs + cost.PerMegapixelMs * width * (double)height / 1e6 : 0;
}
