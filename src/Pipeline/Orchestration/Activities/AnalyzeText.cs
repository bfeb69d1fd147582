using Easel.Pipeline.Scene;
using Easel.Pipeline.Text;
using Microsoft.DurableTask;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Activity: text -> scene.</summary>
public sealed class AnalyzeText(TextAnalyzer analyzer) : TaskActivity<AnalyzeTextInput, AnalyzeTextOutput>
{
    public override Task<AnalyzeTextOutput> RunAsync(TaskActivityContext context, AnalyzeTextInput input)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var scene = analyzer.Analyze(input.Prompt) with { StyleRequest = input.StyleRequest };
        return Task.FromResult(new AnalyzeTextOutput(scene, Stopwatches.ElapsedMs(started)));
    }
}
