namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>What an activity that only writes artifacts returns: how long it took (recorded in the manifest's timings).</summary>
/// <param name="Model">The model slot's provenance when a model did the stage's work (<see cref="Models.ModelSlot.Provenance"/>), else null.</param>
public sealed record StageOutput(double ElapsedMs, IReadOnlyDictionary<string, string>? Model = null);
