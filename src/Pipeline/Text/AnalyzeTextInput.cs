namespace Easel.Pipeline.Text;

public sealed record AnalyzeTextInput(string Prompt, string? StyleRequest);
