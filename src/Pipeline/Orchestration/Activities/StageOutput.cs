namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>What an activity that only writes artifacts returns: how long it took (recorded in the manifest's timings).</summary>
public sealed record StageOutput(double ElapsedMs);
