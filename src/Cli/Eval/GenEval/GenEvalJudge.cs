namespace Easel.Cli.Eval.GenEval;

/// <summary>
/// GenEval's scoring rule (djghosh13/geneval, evaluation/evaluate_images.py, <c>evaluate</c> and
/// <c>relative_position</c>) applied to what Easel drew instead of what a detector found: the same include /
/// exclude / colour / position logic, over the boxes of the manifest and the colours of the target's pixels.
/// </summary>
public static class GenEvalJudge
{
    /// <summary>GenEval's POSITION_THRESHOLD: offsets within 10% of the two boxes' sizes count as no relation.</summary>
    public const float PositionThreshold = 0.1f;

    /// <param name="detected">For each COCO class, the objects drawn for it (in copy order).</param>
    /// <returns>Whether the prompt passes, and the reasons it fails.</returns>
    public static (bool Correct, IReadOnlyList<string> Reasons) Judge(GenEvalPrompt prompt, IReadOnlyDictionary<string, IReadOnlyList<DetectedObject>> detected)
    {
        var correct = true;
        var reasons = new List<string>();
        var matchedGroups = new List<IReadOnlyList<DetectedObject>?>();
        foreach (var want in prompt.Include)
        {
            var matched = true;
            var found = detected.GetValueOrDefault(want.Class, []).Take(want.Count).ToList();
            if (found.Count < want.Count)
            {
                correct = matched = false;
                reasons.Add($"expected {want.Class}>={want.Count}, found {found.Count}");
            }
            else
            {
                if (want.Color is not null)
                {
                    var colors = found.Select(o => o.Color).ToList();
                    if (colors.Count(c => c == want.Color) < want.Count)
                    {
                        correct = matched = false;
                        reasons.Add($"expected {want.Color} {want.Class}>={want.Count}, found {string.Join(",", colors.Select(c => c ?? "?"))}");
                    }
                }
                if (want.RelativeTo is var (relation, other) && matched)
                {
                    var targets = other < matchedGroups.Count ? matchedGroups[other] : null;
                    if (targets is null)
                    {
                        correct = matched = false;
                        reasons.Add($"no target to be {relation}");
                    }
                    else if (found.Any(o => targets.Any(t => !RelativePosition(o, t).Contains(relation))))
                    {
                        correct = matched = false;
                        reasons.Add($"expected {want.Class} {relation} {prompt.Include[other].Class}");
                    }
                }
            }
            matchedGroups.Add(matched ? found : null);
        }
        foreach (var unwanted in prompt.Exclude ?? [])
        {
            var n = detected.GetValueOrDefault(unwanted.Class, []).Count;
            if (n >= unwanted.Count)
            {
                correct = false;
                reasons.Add($"expected {unwanted.Class}<{unwanted.Count}, found {n}");
            }
        }
        return (correct, reasons);
    }

    /// <summary>Where A is relative to B, factoring in their sizes (image y grows downwards: "above" is smaller y).</summary>
    public static IReadOnlySet<string> RelativePosition(DetectedObject a, DetectedObject b)
    {
        var (ax, ay) = ((a.X1 + a.X2) / 2, (a.Y1 + a.Y2) / 2);
        var (bx, by) = ((b.X1 + b.X2) / 2, (b.Y1 + b.Y2) / 2);
        var (dimAx, dimAy) = (Math.Abs(a.X2 - a.X1), Math.Abs(a.Y2 - a.Y1));
        var (dimBx, dimBy) = (Math.Abs(b.X2 - b.X1), Math.Abs(b.Y2 - b.Y1));
        var (offsetX, offsetY) = (ax - bx, ay - by);
        var revisedX = Math.Max(Math.Abs(offsetX) - PositionThreshold * (dimAx + dimBx), 0) * Math.Sign(offsetX);
        var revisedY = Math.Max(Math.Abs(offsetY) - PositionThreshold * (dimAy + dimBy), 0) * Math.Sign(offsetY);
        var relations = new HashSet<string>();
        if (Math.Abs(revisedX) < 1e-3 && Math.Abs(revisedY) < 1e-3) return relations;
        var norm = MathF.Sqrt(offsetX * offsetX + offsetY * offsetY);
        var (dx, dy) = (revisedX / norm, revisedY / norm);
        if (dx < -0.5) relations.Add("left of");
        if (dx > 0.5) relations.Add("right of");
        if (dy < -0.5) relations.Add("above");
        if (dy > 0.5) relations.Add("below");
        return relations;
    }
}
