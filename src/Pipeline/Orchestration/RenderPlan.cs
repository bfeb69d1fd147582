using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;
using Easel.Pipeline.Text;

namespace Easel.Pipeline.Orchestration;

/// <summary>Which stages a revision runs again; every other artifact is carried over from the previous revision.</summary>
/// <param name="Compose">Lay out and render the initial image again (foreground or background elements changed).</param>
/// <param name="Inpaint">Inpaint the background again (background elements changed).</param>
/// <param name="Merge">Merge and sketch again (the composition changed).</param>
/// <param name="Stylize">Stylize again (composition, style or tone changed).</param>
public sealed record RenderPlan(bool Compose, bool Inpaint, bool Merge, bool Stylize)
{
    public static RenderPlan Everything { get; } = new(true, true, true, true);

    /// <summary>The least work that turns the previous revision into one for <paramref name="next"/>.</summary>
    /// <param name="edits">The revision's edits: moving, resizing or replacing a thing redoes the composition.</param>
    public static RenderPlan Between(SceneDescription previous, StyleDecision previousStyle, SceneDescription next, StyleDecision nextStyle,
        IReadOnlyList<SceneEdit>? edits = null)
    {
        // What the text excludes changes the scenery too ("remove the sun" when the sun was the painter's own).
        var background = !SameElements(previous.Background, next.Background) || !previous.Negated.Order().SequenceEqual(next.Negated.Order());
        var foreground = !SameElements(previous.Foreground, next.Foreground);
        var compose = background || foreground || (edits is not null && LayoutEdits.MovesThings(edits));
        var stylize = compose || previousStyle.Name != nextStyle.Name || previous.Tone != next.Tone;
        return new RenderPlan(compose, background, compose, stylize);
    }

    private static bool SameElements(IEnumerable<SceneElement> a, IEnumerable<SceneElement> b) =>
        a.Select(e => (e.Name, e.Count, e.Color, e.Scale)).OrderBy(e => e.Name).SequenceEqual(b.Select(e => (e.Name, e.Count, e.Color, e.Scale)).OrderBy(e => e.Name));
}
