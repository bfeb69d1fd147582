using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Orchestration.Activities;
using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Orchestration;

/// <summary>
/// What one revision does once its layout is known, decided without running anything: which foreground images it
/// renders and how big, which it reuses from the previous revision, and which artifacts it copies over unchanged.
/// <see cref="PaintOrchestrator"/> only runs what the plan says, in order.
/// </summary>
/// <param name="Stages">Which stages run again (<see cref="RenderPlan"/>).</param>
/// <param name="Render">Foreground images to render, each at the side of its element's largest placement.</param>
/// <param name="Reuse">Foreground images of the previous revision that are at least as big as this layout needs.</param>
/// <param name="Carry">Artifacts copied from the previous revision's folder: those of the stages that do not run, and
/// the reused foreground images. Every revision folder thus holds every stage's artifact.</param>
public sealed record RevisionPlan(
    RenderPlan Stages,
    IReadOnlyList<ForegroundImage> Render,
    IReadOnlyList<ForegroundImage> Reuse,
    IReadOnlyList<string> Carry)
{
    /// <param name="previous">The previous revision, or null for the first painting (which runs every stage).</param>
    public static RevisionPlan For(RenderPlan stages, SceneDescription scene, SceneLayout layout, PaintState? previous)
    {
        if (previous is null) stages = RenderPlan.Everything;
        var render = new List<ForegroundImage>();
        var reuse = new List<ForegroundImage>();
        foreach (var element in scene.Foreground)
        {
            var size = layout.Placements.Where(p => p.Element == element.Name).Select(p => Math.Max(p.Width, p.Height)).DefaultIfEmpty(0).Max();
            if (size == 0) continue; // not placed
            if (previous is not null && previous.Scene.Missing.Contains(element.Name)) continue; // still no image for it
            var existing = previous?.Foregrounds.FirstOrDefault(f => f.Element == element.Name);
            if (existing is not null && existing.Size >= size) reuse.Add(existing);
            else render.Add(new ForegroundImage(element.Name, size));
        }

        var carry = new List<string>();
        if (previous is not null)
        {
            if (!stages.Compose) carry.AddRange([ArtifactKeys.Initial, ArtifactKeys.Regions]);
            if (!stages.Inpaint) carry.Add(ArtifactKeys.Background);
            carry.AddRange(reuse.Select(f => ArtifactKeys.Foreground(f.Element)));
            if (!stages.Merge) carry.AddRange([ArtifactKeys.Merged, ArtifactKeys.Mattes, ArtifactKeys.Sketch]);
            if (!stages.Stylize) carry.Add(ArtifactKeys.Target);
        }
        return new RevisionPlan(stages, render, reuse, carry);
    }

    /// <summary>
    /// The foreground images the revision ends with (reused and found, by element name) and its missing list: the
    /// elements rendering found no image for, and those missing before that the scene still has (sorted).
    /// </summary>
    public (IReadOnlyList<ForegroundImage> Foregrounds, IReadOnlyList<string> Missing) Outcome(
        SceneDescription scene, IReadOnlyList<RenderForegroundOutput> rendered)
    {
        var found = rendered.Where(r => r.Found).Select(r => Render.Single(f => f.Element == r.Element));
        var foregrounds = Reuse.Concat(found).OrderBy(f => f.Element, StringComparer.Ordinal).ToList();
        var missing = rendered.Where(r => !r.Found).Select(r => r.Element)
            .Concat(scene.Missing.Where(scene.Has))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return (foregrounds, missing);
    }
}
