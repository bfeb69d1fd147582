using Easel.Pipeline.Orchestration;

namespace Easel.Cli.Generate;

/// <summary>Turns the orchestration's custom status into one line per finished stage.</summary>
sealed class ProgressPrinter(TextWriter stderr)
{
    private readonly HashSet<(int, string)> reported = [];
    private readonly HashSet<string> warned = [];

    public void Report(PaintStatus status)
    {
        if (status.Stage is "started") return;
        var fresh = status.Artifacts.Where(a => reported.Add((status.Revision, a))).ToList();
        if (status.Stage is "waiting" or "finished") fresh.Clear();
        if (status.Stage is not ("waiting" or "finished") || fresh.Count > 0)
            stderr.WriteLine($"[r{status.Revision}] {status.Stage,-10} {string.Join(' ', fresh)}".TrimEnd());
        foreach (var missing in status.Scene?.Missing ?? [])
        {
            if (warned.Add(missing))
                stderr.WriteLine($"[r{status.Revision}] warning: no image for '{missing}'; it is left out of the picture");
        }
    }
}
