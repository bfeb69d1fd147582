using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Scene;
using Microsoft.DurableTask;

namespace Easel.Pipeline.Text;

/// <summary>Activity: text -> scene.</summary>
public sealed class AnalyzeTextActivity(TextAnalyzer analyzer) : TaskActivity<AnalyzeTextInput, AnalyzeTextOutput>
{
    public override Task<AnalyzeTextOutput> RunAsync(TaskActivityContext context, AnalyzeTextInput input)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var scene = analyzer.Analyze(input.Prompt) with { StyleRequest = input.StyleRequest };
        return Task.FromResult(new AnalyzeTextOutput(scene, Stopwatches.ElapsedMs(started)));
    }
}
