namespace Easel.Pipeline.Tests.Golden;

/// <summary>
/// How far an image may drift from its reference, in 0..255 levels per channel: <paramref name="Mean"/> over every
/// channel of every pixel (catches a shift of the whole picture), <paramref name="Max"/> for any one channel of any
/// pixel (catches a local change: a missing element, a moved line).
/// </summary>
internal sealed record GoldenTolerance(double Mean, int Max)
{
    /// <summary>
    /// The stages are deterministic (same input, same bytes), so this only absorbs floating-point differences
    /// between CPUs and runtimes; any deliberate change to a picture goes well past it.
    /// </summary>
    public static GoldenTolerance Default { get; } = new(0.5, 24);

    public bool Allows((double Mean, int Max) difference) => difference.Mean <= Mean && difference.Max <= Max;
}
