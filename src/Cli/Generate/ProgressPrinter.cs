using Easel.Pipeline.Orchestration;

namespace Easel.Cli.Generate;

/// <summary>Turns the orchestration's custom status into one line per finished stage.</summary>
sealed class ProgressPrinter(TextWriter stderr)
{
    private readonly HashSet<(int, string)> reported = [];
    private readonly HashSet<string> warned = [];

    public void Report(PaintStatus status)
    {
        // Started, waiting and finished are not stages: they finish nothing of their own.
        if (StageNames.EndsAStage(status.Stage))
        {
            var fresh = status.Artifacts.Where(a => reported.Add((status.Revision, a)));
            stderr.WriteLine($"[r{status.Revision}] {status.Stage,-10} {string.Join(' ', fresh)}".TrimEnd());
        }
        foreach (var missing in status.Scene?.Missing ?? [])
        {
            if (warned.Add(missing))
                stderr.WriteLine($"[r{status.Revision}] warning: no image for '{missing}'; it is left out of the picture");
        }
    }
}
