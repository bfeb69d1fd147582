using Easel.Pipeline.Text;

namespace Easel.Pipeline.Layout;

/// <summary>
/// Carries a revision's composition edits into the previous layout before it is planned again, so that only what
/// the comment touches changes: a replacement takes the old thing's boxes, a moved thing is placed afresh (the
/// planner then satisfies its new relation) or slides to a side of the picture, a resized one grows or shrinks on
/// its base line. Every other placement is kept as it was.
/// </summary>
public static class LayoutEdits
{
    /// <summary>How much "bigger" and "smaller" change a thing's size.</summary>
    public const float Step = 1.35f;

    /// <summary>Whether the edits need the composition redone even when the elements are the same.</summary>
    public static bool MovesThings(IReadOnlyList<SceneEdit> edits) =>
        edits.Any(e => e.Kind is EditKind.Replace or EditKind.Move or EditKind.Bigger or EditKind.Smaller);

    public static SceneLayout Apply(SceneLayout previous, IReadOnlyList<SceneEdit> edits)
    {
        var placements = previous.Placements.ToList();
        foreach (var edit in edits)
        {
            if (edit.Element is not { } name) continue;
            switch (edit.Kind)
            {
                case EditKind.Replace when edit.Other is { } other:
                    // The new thing stands where the old one stood, sized by how the two compare.
                    var ratio = Math.Clamp(ElementProfiles.For(other).Scale / ElementProfiles.For(name).Scale, 0.7f, 1.4f);
                    placements = placements.Select(p => p.Element == name ? Resize(p with { Element = other, Habitat = null }, ratio, previous) : p).ToList();
                    break;
                case EditKind.Move when edit.Relation is "left" or "right":
                    placements = Slide(placements, name, edit.Relation == "left" ? 0.25f : 0.75f, previous.Width);
                    break;
                case EditKind.Move:
                    placements.RemoveAll(p => p.Element == name);
                    break;
                case EditKind.Bigger:
                    placements = placements.Select(p => p.Element == name ? Resize(p, Step, previous) : p).ToList();
                    break;
                case EditKind.Smaller:
                    placements = placements.Select(p => p.Element == name ? Resize(p, 1 / Step, previous) : p).ToList();
                    break;
            }
        }
        return previous with { Placements = placements };
    }

    /// <summary>Scales a box about the middle of its base (it keeps standing where it stood), inside the frame.</summary>
    private static Placement Resize(Placement p, float factor, SceneLayout frame)
    {
        var size = (int)MathF.Round(Math.Clamp(p.Width * factor, 8, Math.Min(frame.Width, frame.Height) * 0.9f));
        var cx = p.X + p.Width / 2f;
        var bottom = p.Y + p.Height;
        var x = (int)MathF.Round(Math.Clamp(cx - size / 2f, 0, frame.Width - size));
        var y = (int)MathF.Round(Math.Clamp(bottom - size, 0, frame.Height - size));
        return p with { X = x, Y = y, Width = size, Height = size };
    }

    /// <summary>Moves every copy of a thing sideways so that the group's middle is at a fraction of the width.</summary>
    private static List<Placement> Slide(List<Placement> placements, string name, float to, int width)
    {
        var group = placements.Where(p => p.Element == name).ToList();
        if (group.Count == 0) return placements;
        var left = group.Min(p => p.X);
        var right = group.Max(p => p.X + p.Width);
        var others = placements.Where(p => p.Element != name).ToList();
        // On that side of the picture, the place nearest the asked one where it covers the others least.
        var best = 0;
        var bestCover = double.MaxValue;
        foreach (var offset in new[] { 0f, 0.08f, -0.08f, 0.16f, -0.16f, 0.22f })
        {
            var dx = (int)MathF.Round(Math.Clamp((to + (to < 0.5f ? -offset : offset)) * width - (left + right) / 2f, -left, width - right));
            var cover = group.Sum(g => others.Sum(o => LayoutPlanner.Overlap(g.X + dx, g.Y, g.Width, o)));
            if (cover < bestCover - 1e-6)
            {
                bestCover = cover;
                best = dx;
            }
        }
        return placements.Select(p => p.Element == name ? p with { X = p.X + best } : p).ToList();
    }
}
