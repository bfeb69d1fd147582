using Easel.Pipeline.Scene;
using B = Easel.Pipeline.Scene.BackgroundNames;

namespace Easel.Pipeline.Layout;

/// <summary>
/// Places things the text relates to a scenery feature the background paints: what stands "on" a cliff or a
/// headland stands on its grassy top (a lighthouse on a headland); a thing that stands on the ground and is
/// "over" or "across" a river spans it where the river is about as wide as the thing (a bridge over the river),
/// instead of floating in the sky above the water.
/// </summary>
public static class FeaturePlacement
{
    public static List<Placement> Apply(List<Placement> placements, SceneDescription scene, Terrain terrain)
    {
        foreach (var r in scene.Relations)
        {
            var group = placements.Where(p => p.Element == r.Subject).ToList();
            if (group.Count != 1) continue;
            var p = group[0];
            var profile = ElementProfiles.For(p.Element);
            Placement? moved = null;
            if (r.Relation is "on" or "in" or "at" && r.Object is B.Cliff or B.Headland && terrain.HasCliff)
                moved = OnCliff(p, profile, terrain);
            else if (r.Relation is "above" or "over" or "across" or "on" && r.Object == B.River && terrain.Water == WaterKind.River
                     && profile.Habitat == Habitat.Ground)
                moved = AcrossRiver(p, profile, terrain);
            if (moved is null) continue;
            placements = placements.Select(x => x == p ? moved : x).ToList();
        }
        return placements;
    }

    private static Placement OnCliff(Placement p, ElementProfile profile, Terrain t)
    {
        // On the flat of the top, between the brow and the edge of the picture, no bigger than the flat is wide.
        var brow = t.CliffEdge(t.CliffTop);
        var size = (int)Math.Min(p.Width, (t.Width - brow) * 0.8f);
        var cx = (brow + t.Width) / 2f;
        var contact = t.CliffTopAt(cx) + t.Height * 0.01f;
        var x = (int)MathF.Round(Math.Clamp(cx - size / 2f, 0, t.Width - size));
        var y = (int)MathF.Round(Math.Clamp(contact - size * (1 - profile.Sink), 0, t.Height - size));
        return p with { X = x, Y = y, Width = size, Height = size, Habitat = Habitat.Ground, Depth = (int)contact * 64 + p.Depth % 64 };
    }

    private static Placement AcrossRiver(Placement p, ElementProfile profile, Terrain t)
    {
        // The row where the river's width is about two thirds of the thing's: its ends rest on both banks.
        var size = p.Width;
        var contact = (float)t.Height - 1;
        for (var y = t.HorizonY + 2; y < t.Height; y++)
        {
            if (t.RiverHalfWidth(y) * 2 < size * 0.62f) continue;
            contact = y;
            break;
        }
        contact = Math.Min(contact, t.Height - size * profile.Sink);
        var cx = t.RiverCenter(contact);
        var x = (int)MathF.Round(Math.Clamp(cx - size / 2f, 0, t.Width - size));
        var y0 = (int)MathF.Round(Math.Clamp(contact - size * (1 - profile.Sink), 0, t.Height - size));
        return p with { X = x, Y = y0, Habitat = Habitat.Ground, Depth = (int)contact * 64 + p.Depth % 64 };
    }
}
