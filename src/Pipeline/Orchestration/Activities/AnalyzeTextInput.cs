namespace Easel.Pipeline.Orchestration.Activities;

public sealed record AnalyzeTextInput(string Prompt, string? StyleRequest);
