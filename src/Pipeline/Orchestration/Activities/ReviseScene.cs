using Easel.Pipeline.Text;
using Microsoft.DurableTask;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>Activity: revision comment + scene -> structured edits and the edited scene.</summary>
public sealed class ReviseScene(RevisionParser parser, SceneEditor editor) : TaskActivity<ReviseSceneInput, ReviseSceneOutput>
{
    public override Task<ReviseSceneOutput> RunAsync(TaskActivityContext context, ReviseSceneInput input)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var edits = parser.Parse(input.Text, input.Scene);
        var scene = editor.Apply(input.Scene, edits);
        return Task.FromResult(new ReviseSceneOutput(scene, edits, Stopwatches.ElapsedMs(started)));
    }
}
