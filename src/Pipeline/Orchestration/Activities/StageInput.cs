namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Names the revision folder a stage reads from and writes to.</summary>
public sealed record StageInput(string Prefix, int Revision, int Seed);
