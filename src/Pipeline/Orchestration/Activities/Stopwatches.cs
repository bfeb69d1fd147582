using System.Diagnostics;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Measures a stage inside an activity (never in the orchestrator, which must not read the clock).</summary>
internal static class Stopwatches
{
    public static double ElapsedMs(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
}
