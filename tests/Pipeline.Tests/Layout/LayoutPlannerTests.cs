using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;
using static Easel.TestHelpers.Scenes;

namespace Easel.Pipeline.Tests.Layout;

public class LayoutPlannerTests
{
    private readonly LayoutPlanner planner = new();

    public static TheoryData<string> Crowds => new() { "two horses", "zoo", "flock", "harbour" };

    private static SceneDescription Crowd(string name) => name switch
    {
        "two horses" => Of(Thing("horse", 2), Scenery("grass"), Scenery("sunset")),
        "zoo" => Of(Thing("goose"), Thing("dog", 2), Thing("cat"), Thing("tree"), Thing("horse"), Scenery("grass")),
        "flock" => Of(Thing("bird", 5), Thing("fox"), Scenery("snow"), Scenery("forest")),
        _ => Of(Thing("sailboat", 3), Thing("dog"), Scenery("sea"), Scenery("beach")),
    };

    [Theory]
    [MemberData(nameof(Crowds))]
    public void Every_placement_stays_inside_the_frame(string crowd)
    {
        foreach (var (w, h) in new[] { (512, 512), (1024, 640), (96, 160) })
        {
            var layout = planner.Plan(Crowd(crowd), w, h, seed: 5);
            Assert.All(layout.Placements, p =>
            {
                Assert.InRange(p.X, 0, w - p.Width);
                Assert.InRange(p.Y, 0, h - p.Height);
                Assert.Equal(p.Width, p.Height);
                Assert.True(p.Width > 0);
            });
        }
    }

    [Theory]
    [MemberData(nameof(Crowds))]
    public void Copies_are_spread_out_without_heavy_overlap(string crowd)
    {
        var layout = planner.Plan(Crowd(crowd), 512, 512, seed: 9);
        var scene = Crowd(crowd);
        Assert.Equal(scene.Foreground.Sum(e => e.Count), layout.Placements.Count);
        var ps = layout.Placements;
        for (var i = 0; i < ps.Count; i++)
            for (var j = i + 1; j < ps.Count; j++)
                Assert.True(LayoutPlanner.Overlap(ps[i].X, ps[i].Y, ps[i].Width, ps[j]) < 0.35,
                    $"{ps[i]} and {ps[j]} overlap too much");
    }

    [Fact]
    public void Boats_sit_on_the_water_line_and_animals_on_the_beach()
    {
        var scene = Of(Thing("sailboat", 2), Thing("dog"), Scenery("sea"), Scenery("beach"));
        var layout = planner.Plan(scene, 512, 512, seed: 3);
        var terrain = Terrain.For(scene, 512, 512, layout.HorizonY);
        foreach (var p in layout.Placements)
        {
            var profile = ElementProfiles.For(p.Element);
            var contact = profile.ContactY(p);
            var want = p.Element == "sailboat" ? Surface.Water : Surface.Ground;
            Assert.Equal(want, terrain.At(p.X + p.Width / 2f, contact));
            Assert.True(contact > layout.HorizonY);
        }
        // The hull dips below the water line: the sprite's bottom edge lies under its contact line.
        var boat = layout.Placements.First(p => p.Element == "sailboat");
        Assert.True(boat.Y + boat.Height > ElementProfiles.For("sailboat").ContactY(boat));
    }

    [Fact]
    public void Fliers_are_in_the_sky_and_walkers_on_the_ground()
    {
        var scene = Of(Thing("bird", 3), Thing("airplane"), Thing("dog"), Scenery("grass"));
        var layout = planner.Plan(scene, 512, 512, seed: 1);
        foreach (var p in layout.Placements.Where(p => p.Element is "bird" or "airplane"))
            Assert.True(p.Y + p.Height <= layout.HorizonY + p.Height * 0.3, $"{p} is not in the sky");
        var dog = layout.Placements.Single(p => p.Element == "dog");
        Assert.True(ElementProfiles.For("dog").ContactY(dog) > layout.HorizonY);
    }

    [Fact]
    public void Further_away_means_higher_and_smaller()
    {
        var scene = Of(Thing("horse", 4), Scenery("grass"));
        var layout = planner.Plan(scene, 512, 512, seed: 2);
        var byContact = layout.Placements.OrderBy(p => p.Y + p.Height).ToList();
        for (var i = 1; i < byContact.Count; i++)
            Assert.True(byContact[i].Width >= byContact[i - 1].Width - 1, "a nearer horse must not be smaller");
        // Paint order follows distance.
        Assert.Equal(byContact.Select(p => p.Index), layout.Placements.OrderBy(p => p.Depth).Select(p => p.Index));
    }

    [Fact]
    public void Horizon_follows_the_scenery()
    {
        var sea = planner.Plan(Of(Thing("boat"), Scenery("sea")), 500, 500, 1).HorizonY;
        var mountains = planner.Plan(Of(Thing("goose"), Scenery("mountain")), 500, 500, 1).HorizonY;
        var beach = planner.Plan(Of(Scenery("beach")), 500, 500, 1).HorizonY;
        Assert.InRange(sea, 220, 280);
        Assert.True(mountains > sea, "mountains push the horizon down");
        Assert.True(beach < sea, "a beach leaves room for sand below the sea");
    }

    [Fact]
    public void Same_seed_gives_the_same_layout()
    {
        var scene = Crowd("zoo");
        var a = planner.Plan(scene, 512, 512, 42);
        var b = planner.Plan(scene, 512, 512, 42);
        Assert.Equal(a.HorizonY, b.HorizonY);
        Assert.Equal(a.Placements, b.Placements);
        var c = planner.Plan(scene, 512, 512, 43);
        Assert.NotEqual(a.Placements, c.Placements);
    }

    [Fact]
    public void A_revision_keeps_the_placements_of_elements_still_present()
    {
        var first = planner.Plan(Of(Thing("goose"), Thing("cat"), Scenery("grass")), 512, 512, 7);
        var revised = planner.Plan(Of(Thing("goose"), Thing("dog", 2), Scenery("grass")), 512, 512, 7, first);
        var goose = first.Placements.Single(p => p.Element == "goose");
        Assert.Contains(goose, revised.Placements);
        Assert.DoesNotContain(revised.Placements, p => p.Element == "cat");
        var dogs = revised.Placements.Where(p => p.Element == "dog").ToList();
        Assert.Equal(2, dogs.Count);
        foreach (var dog in dogs) Assert.True(LayoutPlanner.Overlap(dog.X, dog.Y, dog.Width, goose) < 0.35);

        // Removing an element leaves the others exactly where they were.
        var fewer = planner.Plan(Of(Thing("dog", 2), Scenery("grass")), 512, 512, 7, revised);
        Assert.Equal(dogs, fewer.Placements);
    }

    [Fact]
    public void A_small_animal_keeps_company_with_a_tree()
    {
        var layout = planner.Plan(Of(Thing("cat"), Thing("tree"), Scenery("garden")), 512, 512, 3);
        var cat = layout.Placements.Single(p => p.Element == "cat");
        var tree = layout.Placements.Single(p => p.Element == "tree");
        Assert.True(tree.Width > cat.Width * 1.5, "the tree is bigger");
        var gap = Math.Abs(cat.X + cat.Width / 2 - (tree.X + tree.Width / 2));
        Assert.True(gap < tree.Width, $"the cat stands {gap}px from the tree's middle");
        Assert.True(cat.Depth > tree.Depth, "the cat stands in front of the tree");
    }

    [Fact]
    public void An_empty_scene_has_no_placements()
    {
        var layout = planner.Plan(Of(Scenery("sky")), 256, 256, 1);
        Assert.Empty(layout.Placements);
        Assert.InRange(layout.HorizonY, 1, 255);
    }

    [Theory]
    [InlineData("bird", 20, "sky")]
    [InlineData("sheep", 8, "grass")]
    [InlineData("cup", 12, null)]
    [InlineData("sailboat", 15, "sea")]
    public void Up_to_twenty_copies_are_laid_out_in_rows_every_one_whole_and_apart(string name, int count, string? scenery)
    {
        var scene = scenery is null ? Of(Thing(name, count)) : Of(Thing(name, count), Scenery(scenery));
        foreach (var (w, h) in new[] { (512, 512), (1024, 640), (256, 256) })
        {
            var layout = planner.Plan(scene, w, h, seed: 2);
            var ps = layout.Placements;
            Assert.Equal(count, ps.Count);
            Assert.Equal(Enumerable.Range(0, count), ps.Select(p => p.Index).Order());
            Assert.All(ps, p =>
            {
                Assert.InRange(p.X, 0, w - p.Width);
                Assert.InRange(p.Y, 0, h - p.Height);
                // Readable: no copy shrinks to a speck.
                Assert.True(p.Width >= Math.Min(w, h) / 14, $"{p} is too small to see");
            });
            for (var i = 0; i < ps.Count; i++)
                for (var j = i + 1; j < ps.Count; j++)
                    Assert.True(LayoutPlanner.Overlap(ps[i].X, ps[i].Y, ps[i].Width, ps[j]) == 0, $"{ps[i]} and {ps[j]} overlap");
            if (scenery == "sky") Assert.All(ps, p => Assert.True(p.Y + p.Height <= layout.HorizonY, $"{p} is not in the sky"));
        }
    }
}
