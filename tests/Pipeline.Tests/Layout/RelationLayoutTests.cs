using Easel.Pipeline.Foreground;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Text;
using static Easel.TestHelpers.Scenes;

namespace Easel.Pipeline.Tests.Layout;

/// <summary>Relations read from the text hold on the layout's boxes, by GenEval's own rule on box centres.</summary>
public sealed class RelationLayoutTests
{
    private static readonly TextAnalyzer Analyzer = new();
    private readonly LayoutPlanner planner = new();

    /// <summary>GenEval's relative_position (evaluate_images.py, threshold 0.1): the relations box a has to box b.</summary>
    internal static HashSet<string> GenEvalRelations(Placement a, Placement b)
    {
        var offX = (a.X + a.Width / 2.0) - (b.X + b.Width / 2.0);
        var offY = (a.Y + a.Height / 2.0) - (b.Y + b.Height / 2.0);
        var revX = Math.Max(Math.Abs(offX) - 0.1 * (a.Width + b.Width), 0) * Math.Sign(offX);
        var revY = Math.Max(Math.Abs(offY) - 0.1 * (a.Height + b.Height), 0) * Math.Sign(offY);
        var result = new HashSet<string>();
        if (Math.Abs(revX) < 1e-3 && Math.Abs(revY) < 1e-3) return result;
        var norm = Math.Sqrt(offX * offX + offY * offY);
        var (dx, dy) = (revX / norm, revY / norm);
        if (dx < -0.5) result.Add("left of");
        if (dx > 0.5) result.Add("right of");
        if (dy < -0.5) result.Add("above");
        if (dy > 0.5) result.Add("below");
        return result;
    }

    [Theory]
    [InlineData("a photo of a dog right of a teddy bear", "dog", "right of", "teddy bear")]
    [InlineData("a cat to the left of a horse", "cat", "left of", "horse")]
    [InlineData("a kite above a tree", "kite", "above", "tree")]
    [InlineData("a bird below a skateboard", "bird", "below", "skateboard")]
    [InlineData("a cup on top of a book", "cup", "on", "book")]
    [InlineData("a cat sleeping under a tree", "cat", "under", "tree")]
    [InlineData("a dog in front of a house", "dog", "in front of", "house")]
    [InlineData("a horse behind a fence", "horse", "behind", "fence")]
    [InlineData("a rabbit next to a pumpkin", "rabbit", "beside", "pumpkin")]
    [InlineData("a goose standing on the grass", "goose", "on", "grass")]
    [InlineData("under the tree, a fox", "fox", "under", "tree")]
    [InlineData("a chick among the sheep", "chick", "among", "sheep")]
    [InlineData("a tent at the foot of a volcano", "tent", "at the foot of", "volcano")]
    [InlineData("a dog between a cat and a horse", "dog", "between", "cat")]
    [InlineData("a dog between a cat and a horse", "dog", "between", "horse")]
    [InlineData("birds flying over misty mountains", "bird", "above", "mountain")]
    [InlineData("an eagle flying", "eagle", "in", "sky")]
    [InlineData("狗在猫的左边", "dog", "left of", "cat")]
    [InlineData("狗在猫的右边", "dog", "right of", "cat")]
    [InlineData("猫在树下", "cat", "under", "tree")]
    [InlineData("一只鸟在房子上面", "bird", "on", "house")]
    [InlineData("房子下面有一只狗", "dog", "under", "house")]
    [InlineData("马在牛的旁边", "horse", "beside", "ox")]
    [InlineData("树前面的兔子", "rabbit", "in front of", "tree")]
    [InlineData("狗在房子后面", "dog", "behind", "house")]
    [InlineData("篮子里的猫", "cat", "in", "basket")]
    [InlineData("狗在猫和马之间", "dog", "between", "cat")]
    [InlineData("一群鸟飞过天空", "bird", "in", "sky")]
    [InlineData("a bird standing on a branch", "bird", "on", "tree")] // a branch is drawn as its tree
    [InlineData("一只小鸟站在树枝上", "bird", "on", "tree")]
    public void Relations_are_read_in_english_and_chinese(string prompt, string subject, string relation, string obj)
    {
        var scene = Analyzer.Analyze(prompt);
        Assert.Contains(new SceneRelation(subject, relation, obj), scene.Relations);
    }

    [Theory]
    [InlineData("a dog and a cat")]
    [InlineData("no boats on the sea")]
    [InlineData("两只狗")]
    public void No_relation_where_the_text_states_none(string prompt)
    {
        Assert.DoesNotContain(Analyzer.Analyze(prompt).Relations, r => r.Relation is not ("on" or "in"));
    }

    public static TheoryData<string, string, string> Pairs()
    {
        var data = new TheoryData<string, string, string>();
        string[] things = ["dog", "teddy bear", "kite", "cup", "horse", "tree", "sailboat", "bird", "elephant", "apple"];
        string[] relations = ["left of", "right of", "above", "below"];
        for (var i = 0; i < things.Length; i++)
            foreach (var r in relations)
                data.Add(things[i], r, things[(i + 3) % things.Length]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Directional_relations_hold_by_genevals_rule(string subject, string relation, string obj)
    {
        foreach (var backdrop in new[] { "grass", "sea", "none" })
        {
            var elements = new List<SceneElement> { Thing(subject), Thing(obj) };
            if (backdrop != "none") elements.Add(Scenery(backdrop));
            var scene = Of([.. elements]) with { Relations = [new SceneRelation(subject, relation, obj)] };
            for (var seed = 1; seed <= 4; seed++)
            {
                var layout = planner.Plan(scene, 512, 512, seed);
                var a = layout.Placements.Single(p => p.Element == subject);
                var b = layout.Placements.Single(p => p.Element == obj);
                Assert.Contains(relation, GenEvalRelations(a, b));
                Assert.InRange(a.X, 0, 512 - a.Width);
                Assert.InRange(b.Y, 0, 512 - b.Height);
                Assert.True(a.Width >= 40 && b.Width >= 40, $"too small: {a} {b}");
            }
        }
    }

    [Fact]
    public void Groups_keep_the_relation_for_every_copy()
    {
        var scene = Of(Thing("dog", 3), Thing("cat", 2), Scenery("grass")) with { Relations = [new SceneRelation("dog", "left of", "cat")] };
        var layout = planner.Plan(scene, 512, 512, 7);
        foreach (var d in layout.Placements.Where(p => p.Element == "dog"))
            foreach (var c in layout.Placements.Where(p => p.Element == "cat"))
                Assert.True(d.X + d.Width <= c.X + 1, $"{d} is not left of {c}");
    }

    [Fact]
    public void On_stands_the_subject_on_the_object_and_paints_it_after()
    {
        var scene = Of(Thing("cup"), Thing("chair")) with { Relations = [new SceneRelation("cup", "on", "chair")] };
        var layout = planner.Plan(scene, 512, 512, 3);
        var cup = layout.Placements.Single(p => p.Element == "cup");
        var chair = layout.Placements.Single(p => p.Element == "chair");
        Assert.InRange(cup.X + cup.Width / 2, chair.X, chair.X + chair.Width);
        Assert.True(cup.Y + cup.Height < chair.Y + chair.Height / 2, $"{cup} does not stand on {chair}");
        Assert.True(cup.Width < chair.Width);
        Assert.True(cup.Depth > chair.Depth);
    }

    [Theory]
    [InlineData("cat", "bed")]
    [InlineData("book", "bed")]
    [InlineData("cat", "couch")]
    [InlineData("cup", "dining table")]
    [InlineData("teddy bear", "chair")]
    [InlineData("vase", "bookshelf")]
    [InlineData("dog", "bench")]
    public void A_thing_on_a_support_stands_on_its_drawn_top_not_in_the_air_above_it(string thing, string support)
    {
        var scene = Of(Thing(thing), Thing(support)) with { Relations = [new SceneRelation(thing, "on", support)] };
        var layout = planner.Plan(scene, 512, 512, 3);
        var t = layout.Placements.Single(p => p.Element == thing);
        var s = layout.Placements.Single(p => p.Element == support);
        // The support as it is drawn in its box: the first opaque row under the thing's centre is its top there.
        using var image = AssetPack.Default.Load(support, s.Width)!;
        var column = Math.Clamp(t.X + t.Width / 2 - s.X, 0, s.Width - 1);
        var top = Enumerable.Range(0, image.Height).First(y => image[column, y].A >= 128);
        var contact = (int)(ElementProfiles.For(thing).ContactY(t) - s.Y);
        // Its feet touch the support as drawn (a bed's mattress is two thirds of the way down its sprite; a sofa's
        // back rest and a chair's stand behind what is on the seat), not the air above it, nor its legs far below its top.
        Assert.True(image[column, Math.Clamp(contact + 2, 0, s.Height - 1)].A >= 128, $"{t} floats above {s} (top {top})");
        Assert.InRange(contact, top - 2, top + s.Height * 0.45);
    }

    [Theory]
    [InlineData("a dog in a canoe on the river", "dog", "canoe")]
    [InlineData("a fisherman in a small boat on a misty lake", "person", "sailboat")] // the topic word stands for its person
    public void One_in_a_boat_stands_on_its_deck_in_front_of_it(string prompt, string thing, string boat)
    {
        var scene = Analyzer.Analyze(prompt);
        Assert.Contains(new SceneRelation(thing, "in", boat), scene.Relations);
        var layout = planner.Plan(scene, 512, 512, 3);
        var t = layout.Placements.Single(p => p.Element == thing);
        var b = layout.Placements.Single(p => p.Element == boat);
        // On the deck (the boat's measured top; one as big as the boat sits a little into it), over the hull, drawn in
        // front of the boat rather than hidden in its box.
        var deck = b.Y + b.Height * ElementProfiles.For(boat).Top;
        Assert.InRange(ElementProfiles.For(thing).ContactY(t), deck - 2, deck + b.Height * 0.1);
        Assert.InRange(t.X + t.Width / 2, b.X, b.X + b.Width);
        Assert.True(t.Depth > b.Depth, $"{t} behind {b}");
    }

    [Theory]
    [InlineData("old woman", "couch")]
    [InlineData("man", "horse")]
    public void A_person_on_furniture_or_a_horse_sits_on_it_at_a_believable_size(string person, string support)
    {
        var scene = Of(Thing(person), Thing(support)) with { Relations = [new SceneRelation(person, "on", support)] };
        var layout = planner.Plan(scene, 512, 512, 3);
        var p = layout.Placements.Single(x => x.Element == person);
        var s = layout.Placements.Single(x => x.Element == support);
        // A person is about as tall as a sofa is long: not a doll on it.
        Assert.InRange(p.Height, s.Height * 0.75, s.Height * 1.05);
        Assert.InRange(p.X + p.Width / 2, s.X + s.Width / 3, s.X + s.Width * 2 / 3);
        // The feet on the seat: below the support's top, above its base.
        Assert.InRange(p.Y + p.Height, s.Y + s.Height * 0.3, s.Y + s.Height * 0.8);
        Assert.True(p.Depth > s.Depth);
    }

    [Fact]
    public void Copies_on_one_support_sit_together_on_it_at_a_size_a_person_can_see()
    {
        var scene = Of(Thing("cat") with { Count = 3 }, Thing("couch")) with { Relations = [new SceneRelation("cat", "on", "couch")] };
        var layout = planner.Plan(scene, 512, 512, 5);
        var cats = layout.Placements.Where(p => p.Element == "cat").ToList();
        var couch = layout.Placements.Single(p => p.Element == "couch");
        Assert.Equal(3, cats.Count);
        // Side by side on the seat: each a good part of the sofa's width (they were specks, spread out and then fitted).
        Assert.All(cats, c => Assert.True(c.Width >= couch.Width * 0.25, $"{c} on {couch}"));
        Assert.All(cats, c => Assert.InRange(c.X + c.Width / 2, couch.X, couch.X + couch.Width));
        Assert.All(cats, c => Assert.True(c.Y + c.Height < couch.Y + couch.Height / 2, $"{c} does not stand on {couch}"));
    }

    [Theory]
    [InlineData("five ducks swimming in the river")]
    [InlineData("五只鸭子在河里游泳")]
    public void Swimmers_in_a_river_are_on_its_water(string prompt)
    {
        var scene = Analyzer.Analyze(prompt);
        var layout = planner.Plan(scene, 256, 256, 7);
        var terrain = Terrain.For(scene, 256, 256, layout.HorizonY);
        var ducks = layout.Placements.Where(p => p.Element == "duck").ToList();
        Assert.Equal(5, ducks.Count);
        // The river winds and is narrow far away; every duck's contact point is on its water, none on the bank.
        Assert.All(ducks, d => Assert.Equal(Surface.Water,
            terrain.At(d.X + d.Width / 2f, ElementProfiles.For("duck").ContactY(d) - 1)));
    }

    [Theory]
    [InlineData("a sailboat on a river")]
    [InlineData("a boat on the river")]
    [InlineData("一条船在河上")]
    public void A_boat_on_a_river_is_no_wider_than_the_river_where_it_floats(string prompt)
    {
        var scene = Analyzer.Analyze(prompt);
        foreach (var seed in new[] { 1, 2, 3, 7 })
        {
            var layout = planner.Plan(scene, 320, 320, seed);
            var terrain = Terrain.For(scene, 320, 320, layout.HorizonY);
            var b = layout.Placements.Single(p => ElementProfiles.For(p.Element).Habitat == Habitat.Water);
            var contact = ElementProfiles.For(b.Element).ContactY(b) - 1;
            Assert.Equal(Surface.Water, terrain.At(b.X + b.Width / 2f, contact));
            Assert.True(b.Width * 0.8f <= 2 * terrain.RiverHalfWidth(contact) * 1.05f,
                $"seed {seed}: {b} is wider than the river ({2 * terrain.RiverHalfWidth(contact):F0} px) at its waterline");
        }
    }

    [Fact]
    public void Behind_and_in_front_of_set_the_paint_order()
    {
        var scene = Of(Thing("dog"), Thing("horse"), Thing("house"), Scenery("grass")) with
        {
            Relations = [new SceneRelation("dog", "in front of", "house"), new SceneRelation("horse", "behind", "house")],
        };
        var layout = planner.Plan(scene, 512, 512, 5);
        var dog = layout.Placements.Single(p => p.Element == "dog");
        var horse = layout.Placements.Single(p => p.Element == "horse");
        var house = layout.Placements.Single(p => p.Element == "house");
        Assert.True(dog.Depth > house.Depth && horse.Depth < house.Depth);
        Assert.True(dog.Y + dog.Height > house.Y + house.Height, "in front of stands nearer (lower)");
    }

    [Fact]
    public void Flying_puts_a_thing_in_the_air_without_a_ground_shadow()
    {
        var scene = Analyzer.Analyze("a dog flying over the meadow");
        var layout = planner.Plan(scene, 512, 512, 2);
        var dog = layout.Placements.Single(p => p.Element == "dog");
        Assert.Equal(Habitat.Sky, dog.Habitat);
        Assert.True(dog.Y + dog.Height <= layout.HorizonY + dog.Height * 0.3);
    }

    [Theory]
    [InlineData("a little girl flying a kite", "girl", "kite")]
    [InlineData("a boy flying a red kite on the beach", "boy", "kite")]
    [InlineData("two children flying kites in the park", "child", "kite")]
    public void Who_flies_a_kite_stands_on_the_ground_and_the_kite_is_in_the_air(string prompt, string person, string kite)
    {
        var scene = Analyzer.Analyze(prompt);
        Assert.DoesNotContain(scene.Relations, r => r.Subject == person && r.Object == "sky");
        var layout = planner.Plan(scene, 512, 512, 2);
        Assert.All(layout.Placements.Where(p => p.Element == person), p => Assert.NotEqual(Habitat.Sky, p.Habitat ?? ElementProfiles.For(person).Habitat));
        Assert.All(layout.Placements.Where(p => p.Element == person), p => Assert.True(p.Y + p.Height > layout.HorizonY, $"{p} is in the air"));
        Assert.All(layout.Placements.Where(p => p.Element == kite), p => Assert.True(p.Y + p.Height / 2 < layout.HorizonY, $"{p} is not in the air"));
    }

    /// <summary>A file of the shared folder beside the repository (or beside the folder of worktrees), or null.</summary>
    internal static string? SharedFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Every position prompt of GenEval whose two things the vocabulary knows comes out as stated.</summary>
    [Fact]
    public void GenEval_position_prompts_hold_on_the_boxes()
    {
        if (SharedFile("eval/geneval/evaluation_metadata.jsonl") is not { } file) return; // no shared folder: nothing to check against
        var checkedCount = 0;
        foreach (var line in File.ReadLines(file))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.GetProperty("tag").GetString() != "position") continue;
            var include = root.GetProperty("include");
            var objectClass = include[0].GetProperty("class").GetString()!;
            var subjectClass = include[1].GetProperty("class").GetString()!;
            var relation = include[1].GetProperty("position")[0].GetString()!;
            var scene = Analyzer.Analyze(root.GetProperty("prompt").GetString()!);
            if (!scene.Has(objectClass) || !scene.Has(subjectClass)) continue;
            var layout = planner.Plan(scene, 512, 512, 1);
            var a = layout.Placements.First(p => p.Element == subjectClass);
            var b = layout.Placements.First(p => p.Element == objectClass);
            Assert.Contains(relation, GenEvalRelations(a, b));
            checkedCount++;
        }
        Assert.True(checkedCount >= 10, $"only {checkedCount} position prompts had both things in the vocabulary");
    }
}
