namespace Easel.Pipeline.Orchestration.Activities;

/// <param name="Stylizer">The stylizer that ran (procedural or neural).</param>
/// <param name="Details">What the manifest records about it (model file, sha256, execution provider, style reference).</param>
public sealed record StylizeImageOutput(string Stylizer, IReadOnlyDictionary<string, string> Details, double ElapsedMs);
