using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;

namespace Easel.Api;

/// <summary>How far the current revision is (0..1) and about how many seconds it still needs, from the stages whose
/// artifacts exist and what the others cost (<see cref="StageCosts"/>).</summary>
public static class GenerationProgress
{
    /// <returns>(1, 0) once ready; (0, whole cost) while queued; at least 0.1 s while not ready; null ETA once nothing will run any more.</returns>
    public static (double Progress, double? EtaSeconds) Estimate(PaintStatus? status, PaintRequest? request, bool ready, bool terminal, StageCosts? costs = null)
    {
        if (ready) return (1, 0);
        costs ??= StageCosts.Measured;
        var (width, height) = (request?.Width ?? 512, request?.Height ?? 512);
        var written = status?.Artifacts ?? [];
        var elements = Math.Max(1, status?.Scene?.Foreground.Count() ?? 1);

        // Each stage and the artifacts that show it done (a carried-over artifact counts: that stage is done too).
        var stages = new (string Stage, int Times, bool Done)[]
        {
            ("text", 1, status is not null && status.Stage != StageNames.Started),
            (StageNames.Compose, 1, written.Contains(ArtifactKeys.Initial)),
            (StageNames.Background, 1, written.Contains(ArtifactKeys.Background)),
            (StageNames.Foreground, elements, false),
            (StageNames.Merge, 1, written.Contains(ArtifactKeys.Merged)),
            (StageNames.Sketch, 1, written.Contains(ArtifactKeys.Sketch)),
            (StageNames.Stylize, 1, written.Contains(ArtifactKeys.Target)),
            ("manifest", 1, written.Contains(ArtifactKeys.Manifest)),
        };
        var foregroundsDone = Math.Min(elements, written.Count(a => a.StartsWith("foreground-", StringComparison.Ordinal)));
        // Foregrounds are done once a later stage ran, even for elements that had no picture.
        if (written.Contains(ArtifactKeys.Merged)) foregroundsDone = elements;

        double total = 0, done = 0;
        var stagesLeft = 0;
        foreach (var (stage, times, finished) in stages)
        {
            var cost = costs.Ms(stage, width, height) * times;
            var doneTimes = stage == StageNames.Foreground ? foregroundsDone : finished ? times : 0;
            total += cost;
            done += cost * doneTimes / times;
            if (doneTimes < times) stagesLeft++;
        }
        var left = total - done;
        var progress = total > 0 ? Math.Round(Math.Clamp(done / total, 0, 0.99), 3) : 0;
        return (progress, terminal ? null : Math.Max(0.1, Math.Round((left + costs.HandOffMs * stagesLeft) / 1000, 1)));
    }
}
