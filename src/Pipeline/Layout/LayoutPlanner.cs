using Easel.Pipeline.Imaging;
using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Layout;

/// <summary>
/// Places every foreground element in the picture: fliers in the sky, boats on the water line, everything else
/// standing on the ground, smaller the further away (higher) it stands; copies spread across the width; boxes
/// kept inside the frame and apart from each other. Deterministic for a seed: each copy draws from its own
/// Random seeded by (seed, name, index), so adding an element never moves the others.
/// </summary>
public sealed class LayoutPlanner
{
    private const int Candidates = 64;

    /// <summary>How wide a thing on a river may be, as a fraction of the river's width there.</summary>
    private const float RiverFill = 1.0f;

    /// <summary>The part of a water sprite's width its body takes (the rest is margin and rigging).</summary>
    private const float BodyWidth = 0.8f;

    /// <param name="previous">The previous revision's layout: elements that are still there keep their places.</param>
    public SceneLayout Plan(SceneDescription scene, int width, int height, int seed, SceneLayout? previous = null)
    {
        var horizon = Terrain.HorizonFor(scene, height);
        if (previous is not null && previous.Width == width && previous.Height == height && SameLand(previous, scene, horizon))
            horizon = previous.HorizonY;
        var terrain = Terrain.For(scene, width, height, horizon);

        var copies = scene.Foreground
            .Where(e => e.Count > 0 && !Landmarks.Names.Contains(e.Name))
            .SelectMany((e, order) => Enumerable.Range(0, e.Count).Select(i => new Copy(e.Name, i, order, ProfileOf(e.Name, scene))))
            .ToList();
        // Close-up: when everything in the picture is small (a butterfly, an apple, a cup), the camera comes
        // nearer, so the largest of them is drawn at the size of a medium animal instead of a speck.
        if (copies.Count > 0)
        {
            var zoom = Math.Clamp(CloseUpScale / copies.Max(c => c.Profile.Scale), 1f, MaxZoom);
            copies = copies.Select(c => c with { Profile = c.Profile with { Scale = c.Profile.Scale * zoom } }).ToList();
        }

        var placed = new List<Placement>();
        if (previous is not null && previous.Width == width && previous.Height == height)
        {
            foreach (var p in previous.Placements)
                if (copies.Any(c => c.Name == p.Element && c.Index == p.Index)) placed.Add(p);
        }

        // Many copies of one thing go in rows where every one can be seen and counted, before the others are placed.
        // (A river is too narrow for rows: its copies are placed one by one along it.)
        foreach (var flock in copies.GroupBy(c => c.Name).Where(g => g.Count() >= FlockLayout.MinCopies && !placed.Any(p => p.Element == g.Key)
                     && !(g.First().Profile.Habitat == Habitat.Water && terrain.Water == WaterKind.River)))
            placed.AddRange(PlaceFlock(flock.First(), flock.Count(), terrain, seed));

        var todo = copies.Where(c => !placed.Any(p => p.Element == c.Name && p.Index == c.Index))
            .OrderByDescending(c => c.Profile.Scale).ThenBy(c => c.Order).ThenBy(c => c.Index).ToList();

        // Horizontal slots, so copies spread over the width instead of piling up: one row of slots for fliers,
        // one shared by everything on the ground or the water (a boat and a horse should not both take the middle).
        var slots = new Dictionary<Copy, float>();
        foreach (var group in copies.GroupBy(c => c.Profile.Habitat == Habitat.Sky))
        {
            var members = group.OrderByDescending(c => c.Profile.Scale).ThenBy(c => c.Order).ThenBy(c => c.Index).ToList();
            var n = members.Count;
            var order = SlotOrder(n, StableHash.Combine(seed, group.Key ? 101 : 102));
            for (var k = 0; k < n; k++)
                slots[members[k]] = n == 1 ? 0.5f : 0.13f + 0.74f * (order[k] + 0.5f) / n;
        }

        var crowd = 1f / (1 + 0.14f * Math.Max(0, copies.Count - 1));
        crowd = Math.Max(crowd, 0.52f);
        foreach (var copy in todo)
        {
            // The first small thing on the ground keeps company with a big one ("a cat under a tree"): it
            // stands in front of the big one's foot, off to one side, instead of taking a slot of its own.
            var anchor = copy.Profile.Habitat == Habitat.Ground && copy.Profile.Scale < LargeScale && copy == FirstSmallOnGround(copies)
                ? placed.FirstOrDefault(p => ElementProfiles.For(p.Element) is { Habitat: Habitat.Ground, Scale: >= LargeScale })
                : null;
            placed.Add(Place(copy, slots[copy], crowd, copies.Count, terrain, placed, seed, anchor));
        }

        var ordered = copies
            .Select(c => placed.First(p => p.Element == c.Name && p.Index == c.Index))
            .ToList();
        // The relations of the text between foreground elements; what the previous revision placed stays put.
        var foreground = copies.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var relations = scene.Relations.Where(r => foreground.Contains(r.Subject) && foreground.Contains(r.Object)).ToList();
        if (relations.Count > 0)
        {
            var kept = copies.Where(c => !todo.Contains(c)).Select(c => c.Name).Distinct();
            ordered = RelationSolver.Solve(ordered, relations, terrain, kept, seed);
        }
        // Things on a cliff or over a river, which the background paints: placed on the painted feature.
        ordered = FeaturePlacement.Apply(ordered, scene, terrain);
        return new SceneLayout(width, height, horizon, ordered);
    }

    /// <summary>The largest elements take the outer slots (a tree at the side, the animal in the middle); the rest shuffle.</summary>
    private static int[] SlotOrder(int n, int seed)
    {
        var random = new Random(seed);
        var order = new int[n];
        var free = Enumerable.Range(0, n).ToList();
        for (var k = 0; k < n; k++)
        {
            var pick = random.Next(free.Count);
            order[k] = free[pick];
            free.RemoveAt(pick);
        }
        return order;
    }

    private const float LargeScale = 1.7f;

    /// <summary>The scale the largest element of a close-up is drawn at, and how far a close-up may zoom in.</summary>
    private const float CloseUpScale = 1.0f;
    private const float MaxZoom = 2.4f;

    private static IReadOnlyList<Placement> PlaceFlock(Copy first, int count, Terrain terrain, int seed)
    {
        var unit = Math.Min(terrain.Width, terrain.Height);
        var profile = first.Profile;
        var horizon = terrain.HorizonY;
        var h = terrain.Height;
        var sky = profile.Habitat == Habitat.Sky;
        var nominal = (sky ? 0.3f : 0.34f) * unit * profile.Scale;
        if (profile.Habitat == Habitat.Water && terrain.Water == WaterKind.Pond)
        {
            // On a pond: rows inside its oval (the widest part of it), not on the grass around.
            var pondBand = (terrain.PondCenterY - terrain.PondRadiusY * 0.75f - nominal * 0.25f, terrain.PondCenterY + terrain.PondRadiusY * 0.8f);
            var span = (terrain.PondCenterX - terrain.PondRadiusX * 0.78f, terrain.PondCenterX + terrain.PondRadiusX * 0.78f);
            return FlockLayout.Place(first.Name, count, profile, terrain, nominal, pondBand, seed, first.Order, span);
        }
        var band = profile.Habitat switch
        {
            Habitat.Sky => (h * 0.05f, horizon * 0.97f),
            Habitat.Water => (horizon - nominal * 0.1f, terrain.HasShore ? terrain.ShoreBase : h * 0.98f),
            _ => (horizon - nominal * 0.15f, h * 0.98f),
        };
        return FlockLayout.Place(first.Name, count, profile, terrain, nominal, band, seed, first.Order);
    }

    private static Copy? FirstSmallOnGround(List<Copy> copies) =>
        copies.Where(c => c.Profile.Habitat == Habitat.Ground && c.Profile.Scale < LargeScale).OrderBy(c => c.Order).ThenBy(c => c.Index).FirstOrDefault();

    private static Placement Place(Copy copy, float slot, float crowd, int total, Terrain terrain, List<Placement> placed, int seed, Placement? anchor = null)
    {
        var random = new Random(StableHash.Combine(seed, StableHash.Of(copy.Name), copy.Index));
        var w = terrain.Width;
        var h = terrain.Height;
        var unit = Math.Min(w, h);
        var horizon = terrain.HorizonY;
        var profile = copy.Profile;
        var large = profile.Scale >= LargeScale;
        var targetDepth = profile.Habitat switch
        {
            Habitat.Water => 0.45f,
            _ when large => total > 1 ? 0.3f : 0.55f,
            _ => total > 1 ? 0.55f + 0.25f * (float)random.NextDouble() : 0.68f,
        };
        var mirrored = random.Next(2) == 1;
        if (anchor is not null)
        {
            var anchorCenter = (anchor.X + anchor.Width / 2f) / w;
            var side = anchorCenter > 0.5f ? -1 : 1; // toward the middle of the picture
            slot = Math.Clamp(anchorCenter + side * anchor.Width * 0.26f / w, 0.1f, 0.9f);
            targetDepth = Math.Min(0.95f, terrain.Depth(ElementProfiles.For(anchor.Element).ContactY(anchor)) + 0.06f);
        }

        Placement? best = null;
        var bestScore = double.MaxValue;
        for (var attempt = 0; attempt < Candidates; attempt++)
        {
            var cx = (slot + ((float)random.NextDouble() - 0.5f) * (total == 1 ? 0.3f : 0.16f)) * w;
            int size;
            float contact;
            var score = 0.0;
            if (profile.Habitat == Habitat.Sky)
            {
                size = (int)(0.3f * unit * profile.Scale * (0.8f + 0.35f * (float)random.NextDouble()) * Math.Max(crowd, 0.7f));
                var top = h * 0.06f;
                var bottom = horizon - size * 0.25f;
                var cy = top + size / 2f + (float)random.NextDouble() * Math.Max(1, bottom - top - size);
                contact = cy + size / 2f;
                score += Math.Abs(cy / horizon - 0.35f) * 0.5;
            }
            else
            {
                var depth = Math.Clamp(targetDepth + ((float)random.NextDouble() - 0.5f) * 0.5f, 0.04f, 0.97f);
                contact = horizon + depth * (h - horizon);
                // A river winds and is narrow far away: a swimmer is sought on its course at that distance, not at the
                // slot's column, where the water seldom is ("five ducks swimming in the river" stood on the bank).
                if (profile.Habitat == Habitat.Water && terrain.Water == WaterKind.River)
                    cx = terrain.RiverCenter(contact) + ((float)random.NextDouble() - 0.5f) * terrain.RiverHalfWidth(contact);
                var perspective = 0.42f + 0.58f * depth;
                size = (int)(0.34f * unit * profile.Scale * perspective * (large ? Math.Max(crowd, 0.8f) : crowd));
                if (profile.Habitat == Habitat.Water && terrain.Water == WaterKind.River)
                {
                    // A boat is no wider than the river where it floats ("a sailboat on a river" straddled the narrow
                    // far reach from bank to bank): the wide near reach is preferred, and a far one gets a small boat.
                    var riverWidth = 2 * terrain.RiverHalfWidth(contact);
                    score += Math.Max(0, size * BodyWidth - riverWidth * RiverFill) / Math.Max(1, size) * 6;
                    size = Math.Min(size, (int)(riverWidth * RiverFill / BodyWidth));
                }
                score += Math.Abs(depth - targetDepth) * 0.8;
                // Support: the contact line must lie on the right surface under the middle and both sides.
                var want = profile.Habitat == Habitat.Water ? Surface.Water : Surface.Ground;
                var misses = 0;
                foreach (var fx in new[] { -0.3f, 0, 0.3f })
                    if (terrain.At(cx + fx * size, contact) != want) misses++;
                score += misses * 20;
            }
            size = Math.Clamp(size, Math.Max(8, unit / 24), (int)(h * 0.8f));
            var y = (int)MathF.Round(contact - size * (1 - profile.Sink));
            var x = (int)MathF.Round(cx - size / 2f);

            // Inside the frame: a shortfall costs in proportion; the final clamp below keeps it in.
            score += (Math.Max(0, -x) + Math.Max(0, x + size - w) + Math.Max(0, -y) + Math.Max(0, y + size - h)) / (double)size * 10;
            if (profile.Habitat == Habitat.Sky && y + size > horizon) score += 5;
            score += Math.Abs(cx / w - slot) * 1.5;
            foreach (var other in placed) score += Overlap(x, y, size, other) * (other == anchor ? 1.5 : 6);

            if (score < bestScore)
            {
                bestScore = score;
                best = new Placement(copy.Name, copy.Index, x, y, size, size, mirrored, 0, profile.Habitat);
            }
        }

        var p = best!;
        var clampedX = Math.Clamp(p.X, 0, Math.Max(0, w - p.Width));
        var clampedY = Math.Clamp(p.Y, 0, Math.Max(0, h - p.Height));
        // Paint order from the contact line (nearer = lower on screen = painted later); stable for kept placements.
        var depthKey = (int)profile.ContactY(p with { X = clampedX, Y = clampedY }) * 64 + Math.Min(63, copy.Order * 4 + copy.Index);
        return p with { X = clampedX, Y = clampedY, Depth = depthKey };
    }

    /// <summary>Intersection area over the smaller box's area (0 apart, 1 when one covers the other).</summary>
    internal static double Overlap(int x, int y, int size, Placement other)
    {
        var ix = Math.Max(0, Math.Min(x + size, other.X + other.Width) - Math.Max(x, other.X));
        var iy = Math.Max(0, Math.Min(y + size, other.Y + other.Height) - Math.Max(y, other.Y));
        var smaller = Math.Min((double)size * size, (double)other.Width * other.Height);
        return ix * (double)iy / Math.Max(1, smaller);
    }

    /// <summary>The element's profile, with the habitat the text gives it ("a dog swimming", "a cat in the sky", "a boat on the grass").</summary>
    internal static ElementProfile ProfileOf(string name, SceneDescription scene)
    {
        var profile = ElementProfiles.For(name);
        foreach (var r in scene.Relations)
        {
            if (r.Subject != name || r.Relation is not ("in" or "on" or "above" or "over")) continue;
            Habitat? habitat = r.Object switch
            {
                BackgroundNames.Sky or BackgroundNames.Cloud => Habitat.Sky,
                "water" or BackgroundNames.Sea or BackgroundNames.Lake or BackgroundNames.Pond or BackgroundNames.River
                    when r.Relation != "above" => Habitat.Water,
                BackgroundNames.Grass or BackgroundNames.Field or BackgroundNames.Beach or BackgroundNames.Snow or BackgroundNames.Desert
                    or BackgroundNames.Garden or BackgroundNames.Hill or BackgroundNames.Island when r.Relation != "above" => Habitat.Ground,
                _ when BackgroundNames.IsBackground(r.Object) && r.Relation == "above" => Habitat.Sky,
                _ => null,
            };
            if (habitat is { } h) return profile with { Habitat = h };
        }
        return profile;
    }

    private static bool SameLand(SceneLayout previous, SceneDescription scene, int horizon) => previous.HorizonY == horizon;

    private sealed record Copy(string Name, int Index, int Order, ElementProfile Profile);
}
