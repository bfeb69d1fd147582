using Easel.Pipeline.Imaging;
using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Layout;

/// <summary>
/// Moves the placements of a layout so that the relations of the text hold on their boxes: "left of" / "right of"
/// put the two groups side by side on one base line, "above" / "below" stack them in one column (the upper one
/// in the air), "on" stands the subject on the object's top, "under", "in front of", "behind", "at the foot of",
/// "in", "among", "between", "around" and "beside" as the words say. Each element's copies move as a group.
/// </summary>
/// <remarks>
/// The directional relations are made to hold by GenEval's rule on box centres (the offset between the centres,
/// less a tenth of the two sizes, must point mostly in the stated direction): groups never overlap along the
/// stated axis and their centres are aligned on the other one. An element placed by an earlier relation, or kept
/// from the previous revision, is an anchor: later relations move only the other element.
/// </remarks>
internal sealed class RelationSolver
{
    private readonly List<Box> boxes;
    private readonly int width;
    private readonly int height;
    private readonly int horizon;
    private readonly Random random;
    private readonly HashSet<string> anchored;

    /// <summary>Space between two related groups, as a fraction of the short side.</summary>
    private const float Gap = 0.05f;

    private RelationSolver(List<Box> boxes, Terrain terrain, IEnumerable<string> anchored, int seed)
    {
        this.boxes = boxes;
        width = terrain.Width;
        height = terrain.Height;
        horizon = terrain.HorizonY;
        random = new Random(StableHash.Combine(seed, 307));
        this.anchored = anchored.ToHashSet(StringComparer.Ordinal);
    }

    private float Unit => Math.Min(width, height);

    /// <param name="anchored">Elements whose placements must not move (kept from the previous revision).</param>
    public static List<Placement> Solve(IReadOnlyList<Placement> placements, IReadOnlyList<SceneRelation> relations, Terrain terrain,
        IEnumerable<string> anchored, int seed)
    {
        var boxes = placements.Select(p => new Box(p)).ToList();
        var solver = new RelationSolver(boxes, terrain, anchored, seed);
        foreach (var r in relations) solver.Apply(r, relations);
        solver.KeepInFrame();
        solver.Order(relations);
        return boxes.Select(b => b.ToPlacement()).ToList();
    }

    private List<Box> Group(string name) => boxes.Where(b => b.Element == name).ToList();

    private void Apply(SceneRelation r, IReadOnlyList<SceneRelation> all)
    {
        var s = Group(r.Subject);
        var o = Group(r.Object);
        if (s.Count == 0 || o.Count == 0) return;
        var sFixed = anchored.Contains(r.Subject);
        var oFixed = anchored.Contains(r.Object);
        if (sFixed && oFixed) return;
        switch (r.Relation)
        {
            case "left of": Beside(s, o, sFixed, oFixed, left: true); break;
            case "right of": Beside(s, o, sFixed, oFixed, left: false); break;
            case "beside" or "near": Beside(s, o, sFixed, oFixed, left: Bounds(o).CenterX > width / 2f); break;
            case "above": Stack(s, o, sFixed, oFixed); break;
            case "below": Stack(o, s, oFixed, sFixed); break;
            case "on" when sFixed: return;
            case "on" when IsAir(o): Stack(s, o, false, oFixed); break;
            case "on": On(s, o); break;
            case "under" when IsAir(o): Stack(o, s, oFixed, sFixed); break;
            case "under" when sFixed: return;
            case "under": AtBase(s, o, forward: 0.015f, shift: 0.12f, maxScale: 0.55f); break;
            case "at the foot of" when !sFixed: AtBase(s, o, forward: 0.04f, shift: 0.3f, maxScale: 0.5f); break;
            case "in front of" when !sFixed: AtBase(s, o, forward: 0.08f, shift: 0.28f, maxScale: 1.1f); break;
            case "behind" when !sFixed: Behind(s, o); break;
            // In a boat is on its deck, seen above the gunwale, not hidden inside the hull's box.
            case "in" when !sFixed && o.All(b => ElementProfiles.For(b.Element).Habitat == Habitat.Water): On(s, o); break;
            case "in" when !sFixed: Inside(s, o); break;
            case "among" when !sFixed: Among(s, o); break;
            case "between" when !sFixed:
                var pair = all.Where(x => x.Subject == r.Subject && x.Relation == "between").Select(x => x.Object).Distinct().ToList();
                if (pair.Count >= 2 && pair[0] == r.Object) Between(s, Group(pair[0]), Group(pair[1]), anchored.Contains(pair[0]) || anchored.Contains(pair[1]));
                break;
            case "around" when !sFixed: Around(s, o); break;
            default: return;
        }
        anchored.Add(r.Subject);
        anchored.Add(r.Object);
    }

    private static bool IsAir(List<Box> g) => g.All(b => b.Habitat == Habitat.Sky);

    /// <summary>Side by side on one line: the subject's group wholly left (or right) of the object's.</summary>
    private void Beside(List<Box> s, List<Box> o, bool sFixed, bool oFixed, bool left)
    {
        if (sFixed)
        {
            // Move the object instead: the relation read from the other side.
            Beside(o, s, false, true, !left);
            return;
        }
        var gap = Gap * Unit;
        var sb = Bounds(s);
        var ob = Bounds(o);
        if (!oFixed)
        {
            var total = sb.W + ob.W + gap;
            if (total > width * 0.94f)
            {
                var f = (width * 0.94f - gap) / (sb.W + ob.W);
                Scale(s, f);
                Scale(o, f);
                sb = Bounds(s);
                ob = Bounds(o);
                total = sb.W + ob.W + gap;
            }
            var free = width - total;
            var x0 = free / 2 + (float)(random.NextDouble() - 0.5) * free * 0.5f;
            var (first, second) = left ? (s, o) : (o, s);
            MoveLeftTo(first, x0);
            MoveLeftTo(second, x0 + Bounds(first).W + gap);
            AlignRows(s, o);
            return;
        }
        // The object stays; the subject goes to its side, smaller if the side is too narrow.
        var room = left ? ob.X - gap : width - (ob.Right + gap);
        if (room < sb.W) Scale(s, Math.Max(0.35f, room / Math.Max(1, sb.W)));
        sb = Bounds(s);
        MoveLeftTo(s, left ? ob.X - gap - sb.W : ob.Right + gap);
        AlignRows(s, o, moveOnly: s);
    }

    /// <summary>One column: <paramref name="upper"/> wholly above <paramref name="lower"/>; the upper group goes up into the air.</summary>
    private void Stack(List<Box> upper, List<Box> lower, bool upperFixed, bool lowerFixed)
    {
        var gap = Gap * Unit * 0.6f;
        var ub = Bounds(upper);
        var lb = Bounds(lower);
        var top = height * 0.03f;
        var bottom = Math.Min(height * 0.97f, Math.Max(lb.Bottom, horizon + (height - horizon) * 0.6f));
        if (lowerFixed) bottom = lb.Bottom;
        if (upperFixed) top = ub.Y;
        var room = bottom - top - gap;
        if (upperFixed || lowerFixed)
        {
            var moving = upperFixed ? lower : upper;
            var fixedBox = upperFixed ? ub : lb;
            var mb = Bounds(moving);
            var space = upperFixed ? height * 0.98f - (fixedBox.Bottom + gap) : fixedBox.Y - gap - height * 0.02f;
            if (mb.H > space) Scale(moving, Math.Max(0.3f, space / Math.Max(1, mb.H)));
            mb = Bounds(moving);
            MoveCenterX(moving, fixedBox.CenterX);
            MoveTopTo(moving, upperFixed ? fixedBox.Bottom + gap : fixedBox.Y - gap - mb.H);
        }
        else
        {
            if (ub.H + lb.H > room)
            {
                var f = room / (ub.H + lb.H);
                Scale(upper, f);
                Scale(lower, f);
            }
            ub = Bounds(upper);
            lb = Bounds(lower);
            // The column stands off-centre, on a third, more often than in the middle.
            var cx = width * (0.5f + (random.Next(3) - 1) * 0.14f);
            var half = Math.Max(ub.W, lb.W) / 2;
            cx = Math.Clamp(cx, half + width * 0.02f, width * 0.98f - half);
            MoveCenterX(upper, cx);
            MoveCenterX(lower, cx);
            MoveTopTo(lower, bottom - lb.H);
            MoveTopTo(upper, bottom - lb.H - gap - ub.H);
        }
        // Whatever is over something else is in the air: no ground shadow.
        foreach (var b in upper) if (b.Habitat != Habitat.Water || b.Bottom < horizon) b.Habitat = Habitat.Sky;
    }

    /// <summary>From this size relative to its support (element scales) a thing sits on it rather than stands on its top.</summary>
    private const float SitsRatio = 0.8f;

    /// <summary>How far below the support's top surface a sitter's contact line goes, as a fraction of the support's height.</summary>
    private const float SeatSink = 0.08f;

    /// <summary>Stands the subject on the object's top surface, centred, smaller than its support.</summary>
    private static void On(List<Box> s, List<Box> o)
    {
        var ob = Bounds(o);
        // Copies on one support sit together, shoulder to shoulder, before they are fitted to it: fitting them where
        // the layout had spread them over the scene would shrink each to a speck ("three cats on a sofa").
        if (s.Count > 1) SideBySide(s);
        var sb = Bounds(s);
        // Something nearly as big as its support (a grandmother on a sofa, a rider on a horse) sits on its seat at
        // almost its size; a small thing (a cup on a table, a cat on a sofa) stands on the top, much smaller.
        var sits = s.Count == 1 && ElementProfiles.For(s[0].Element).Scale >= SitsRatio * ElementProfiles.For(o[0].Element).Scale;
        var maxW = ob.W * (sits ? 0.9f : s.Count > 1 ? 0.9f : 0.6f);
        if (sb.W > maxW || (sits && sb.W < maxW)) Scale(s, maxW / sb.W);
        sb = Bounds(s);
        MoveCenterX(s, ob.CenterX);
        // The support's top surface is measured from its image (a bed's mattress, a sofa's seat, a horse's back:
        // ElementProfile.Top); the subject's feet (its contact line, above its own transparent margin) go on it. One who
        // sits sinks a little into the seat.
        var support = ElementProfiles.For(o[0].Element);
        var subject = ElementProfiles.For(s[0].Element);
        var surface = ob.Y + ob.H * (support.Top + (sits ? SeatSink : 0));
        MoveTopTo(s, surface - sb.H * (1 - subject.Sink));
        foreach (var b in s) b.Habitat = Habitat.Ground;
    }

    /// <summary>Lines a group's copies up left to right, each overlapping its neighbour a little, on one base line.</summary>
    private static void SideBySide(List<Box> g)
    {
        var ordered = g.OrderBy(b => b.X).ToList();
        var bottom = g.Max(b => b.Bottom);
        var x = ordered[0].X;
        foreach (var b in ordered)
        {
            b.X = x;
            b.Y = bottom - b.H;
            x += b.W * 0.85f;
        }
    }

    /// <summary>At the object's base, a little nearer (lower), shifted sideways: "under", "in front of", "at the foot of".</summary>
    private void AtBase(List<Box> s, List<Box> o, float forward, float shift, float maxScale)
    {
        var ob = Bounds(o);
        var sb = Bounds(s);
        if (sb.H > ob.H * maxScale) Scale(s, ob.H * maxScale / sb.H);
        sb = Bounds(s);
        var side = ob.CenterX > width / 2f ? -1 : 1;
        MoveCenterX(s, ob.CenterX + side * ob.W * shift);
        MoveTopTo(s, Math.Min(height - sb.H, ob.Bottom + forward * height - sb.H));
        foreach (var b in s) b.Habitat = o[0].Habitat == Habitat.Sky ? Habitat.Ground : o[0].Habitat;
    }

    private void Behind(List<Box> s, List<Box> o)
    {
        var ob = Bounds(o);
        Scale(s, 0.85f);
        var sb = Bounds(s);
        var side = ob.CenterX > width / 2f ? -1 : 1;
        MoveCenterX(s, ob.CenterX + side * ob.W * 0.32f);
        var contact = Math.Max(horizon + (height - horizon) * 0.05f, ob.Bottom - 0.06f * height);
        MoveTopTo(s, contact - sb.H);
    }

    private static void Inside(List<Box> s, List<Box> o)
    {
        var ob = Bounds(o);
        var sb = Bounds(s);
        var maxW = ob.W * 0.5f;
        if (sb.W > maxW) Scale(s, maxW / sb.W);
        sb = Bounds(s);
        MoveCenterX(s, ob.CenterX);
        MoveTopTo(s, ob.Y + ob.H * 0.5f - sb.H * 0.5f);
        foreach (var b in s) b.Habitat = Habitat.Sky;
    }

    /// <summary>In the middle of the object's group, the object's copies making room.</summary>
    private static void Among(List<Box> s, List<Box> o)
    {
        var ob = Bounds(o);
        var sb = Bounds(s);
        MoveCenterX(s, ob.CenterX);
        MoveTopTo(s, ob.Bottom - sb.H * 0.9f);
        sb = Bounds(s);
        foreach (var b in o)
        {
            if (b.Right <= sb.X || b.X >= sb.Right) continue;
            var push = b.CenterX < sb.CenterX ? sb.X - b.Right : sb.Right - b.X;
            b.X += push;
        }
    }

    private void Between(List<Box> s, List<Box> a, List<Box> b, bool objectsFixed)
    {
        if (!objectsFixed)
        {
            var gap = Gap * Unit;
            var total = Bounds(a).W + Bounds(b).W + Bounds(s).W + 2 * gap;
            if (total > width * 0.94f)
            {
                var f = (width * 0.94f - 2 * gap) / (total - 2 * gap);
                Scale(a, f);
                Scale(b, f);
                Scale(s, f);
            }
            var x0 = (width - (Bounds(a).W + Bounds(b).W + Bounds(s).W + 2 * gap)) / 2;
            MoveLeftTo(a, x0);
            MoveLeftTo(s, x0 + Bounds(a).W + gap);
            MoveLeftTo(b, Bounds(s).Right + gap);
            AlignRows(a, b);
            AlignRows(s, a, moveOnly: s);
            return;
        }
        MoveCenterX(s, (Bounds(a).CenterX + Bounds(b).CenterX) / 2);
        AlignRows(s, a, moveOnly: s);
    }

    /// <summary>The subject's copies in a ring round the object, spread over the width and the depth.</summary>
    private void Around(List<Box> s, List<Box> o)
    {
        var ob = Bounds(o);
        var n = s.Count;
        var rx = Math.Min(width * 0.45f, ob.W * 0.5f + s.Max(b => b.W) * 0.7f);
        var ry = Math.Min((height - horizon) * 0.45f, ob.H * 0.25f + s.Max(b => b.H) * 0.3f);
        for (var i = 0; i < n; i++)
        {
            var angle = MathF.PI * (n == 1 ? 0.5f : i / (float)(n - 1)) + (n > 3 ? MathF.PI * i / n : 0);
            var b = s[i];
            b.X = ob.CenterX + rx * MathF.Cos(angle) - b.W / 2;
            b.Y = ob.Bottom + ry * MathF.Sin(angle) * (i % 2 == 0 ? 1 : -0.6f) - b.H;
        }
    }

    /// <summary>Puts two groups on one row: a common base line on the ground, or a common middle when one is in the air.</summary>
    private static void AlignRows(List<Box> s, List<Box> o, List<Box>? moveOnly = null)
    {
        var sb = Bounds(s);
        var ob = Bounds(o);
        var air = IsAir(s) || IsAir(o);
        if (moveOnly is not null)
        {
            var other = moveOnly == s ? ob : sb;
            var mb = Bounds(moveOnly);
            MoveTopTo(moveOnly, air ? other.CenterY - mb.H / 2 : other.Bottom - mb.H);
            return;
        }
        if (air)
        {
            var cy = IsAir(s) && IsAir(o) ? (sb.CenterY + ob.CenterY) / 2 : IsAir(s) ? ob.CenterY : sb.CenterY;
            MoveTopTo(s, cy - sb.H / 2);
            MoveTopTo(o, cy - ob.H / 2);
            return;
        }
        var line = Math.Max(sb.Bottom, ob.Bottom);
        MoveTopTo(s, line - sb.H);
        MoveTopTo(o, line - ob.H);
    }

    /// <summary>Every group inside the frame: moved in, or scaled down when it is larger than the frame.</summary>
    private void KeepInFrame()
    {
        foreach (var name in boxes.Select(b => b.Element).Distinct().ToList())
        {
            var g = Group(name);
            var gb = Bounds(g);
            var f = Math.Min(1, Math.Min(width / gb.W, height / gb.H));
            if (f < 1) Scale(g, f * 0.98f);
            foreach (var b in g)
            {
                b.X = Math.Clamp(b.X, 0, Math.Max(0, width - b.W));
                b.Y = Math.Clamp(b.Y, 0, Math.Max(0, height - b.H));
            }
        }
    }

    /// <summary>Paint order: nearer (lower contact line) later, and the relations' own order (what stands on or in front of a thing after it).</summary>
    private void Order(IReadOnlyList<SceneRelation> relations)
    {
        foreach (var b in boxes) b.Depth = (int)b.Bottom * 64 + (b.Depth & 63);
        foreach (var r in relations)
        {
            var s = Group(r.Subject);
            var o = Group(r.Object);
            if (s.Count == 0 || o.Count == 0) continue;
            switch (r.Relation)
            {
                case "on" or "in" or "in front of" or "under" or "at the foot of" or "among":
                    var front = o.Max(b => b.Depth) + 1;
                    foreach (var b in s) b.Depth = Math.Max(b.Depth, front);
                    break;
                case "behind":
                    var back = o.Min(b => b.Depth) - 1;
                    foreach (var b in s) b.Depth = Math.Min(b.Depth, back);
                    break;
            }
        }
    }

    private static Rect Bounds(List<Box> g)
    {
        var x = g.Min(b => b.X);
        var y = g.Min(b => b.Y);
        return new Rect(x, y, g.Max(b => b.Right) - x, g.Max(b => b.Bottom) - y);
    }

    /// <summary>Scales a group about its base centre (the copies keep their arrangement, standing on the same line).</summary>
    private static void Scale(List<Box> g, float f)
    {
        var gb = Bounds(g);
        foreach (var b in g)
        {
            b.X = gb.CenterX + (b.X - gb.CenterX) * f;
            b.Y = gb.Bottom + (b.Y - gb.Bottom) * f;
            b.W *= f;
            b.H *= f;
        }
    }

    private static void MoveLeftTo(List<Box> g, float x)
    {
        var dx = x - Bounds(g).X;
        foreach (var b in g) b.X += dx;
    }

    private static void MoveCenterX(List<Box> g, float cx)
    {
        var dx = cx - Bounds(g).CenterX;
        foreach (var b in g) b.X += dx;
    }

    private static void MoveTopTo(List<Box> g, float y)
    {
        var dy = y - Bounds(g).Y;
        foreach (var b in g) b.Y += dy;
    }

    private readonly record struct Rect(float X, float Y, float W, float H)
    {
        public float Right => X + W;
        public float Bottom => Y + H;
        public float CenterX => X + W / 2;
        public float CenterY => Y + H / 2;
    }

    /// <summary>A placement being moved, in floating point until the end.</summary>
    private sealed class Box(Placement p)
    {
        public string Element { get; } = p.Element;
        public float X { get; set; } = p.X;
        public float Y { get; set; } = p.Y;
        public float W { get; set; } = p.Width;
        public float H { get; set; } = p.Height;
        public int Depth { get; set; } = p.Depth;
        public Habitat? Habitat { get; set; } = p.Habitat;
        public float Right => X + W;
        public float Bottom => Y + H;
        public float CenterX => X + W / 2;

        public Placement ToPlacement()
        {
            var size = Math.Max(4, (int)MathF.Round(Math.Min(W, H)));
            return p with
            {
                X = (int)MathF.Round(X),
                Y = (int)MathF.Round(Y),
                Width = size,
                Height = size,
                Depth = Depth,
                Habitat = Habitat,
            };
        }
    }
}
