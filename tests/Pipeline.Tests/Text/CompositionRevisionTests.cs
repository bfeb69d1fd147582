using Easel.Pipeline.Layout;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;
using Easel.Pipeline.Text;
using Easel.Pipeline.Tests.Layout;

namespace Easel.Pipeline.Tests.Text;

/// <summary>
/// Revisions that change the composition (replace, remove some, move, bigger/smaller, recolour, time of day,
/// weather), in English and Chinese: each does what it says, and every untouched element keeps its boxes.
/// </summary>
public sealed class CompositionRevisionTests
{
    private static readonly TextAnalyzer Analyzer = new();
    private static readonly RevisionParser Parser = new();
    private static readonly SceneEditor Editor = new();
    private static readonly LayoutPlanner Planner = new();

    private sealed record Step(SceneDescription Scene, SceneLayout Layout, IReadOnlyList<SceneEdit> Edits, RenderPlan Plan);

    private static (SceneDescription Scene, SceneLayout Layout) Start(string prompt)
    {
        var scene = Analyzer.Analyze(prompt);
        return (scene, Planner.Plan(scene, 512, 512, 4));
    }

    private static Step Revise(SceneDescription scene, SceneLayout layout, string comment)
    {
        var edits = Parser.Parse(comment, scene);
        var next = Editor.Apply(scene, edits);
        var style = new StyleDecision("realism", new Dictionary<string, double>(), []);
        var plan = RenderPlan.Between(scene, style, next, style, edits);
        var nextLayout = plan.Compose ? Planner.Plan(next, 512, 512, 4, LayoutEdits.Apply(layout, edits)) : layout;
        return new Step(next, nextLayout, edits, plan);
    }

    private static IEnumerable<int[]> Boxes(SceneLayout layout, string name) =>
        layout.Placements.Where(p => p.Element == name).OrderBy(p => p.Index).Select(p => new[] { p.X, p.Y, p.Width, p.Height });

    private static void Untouched(SceneLayout before, SceneLayout after, params string[] names)
    {
        foreach (var name in names)
        {
            var a = Boxes(before, name).ToList();
            Assert.NotEmpty(a);
            Assert.Equal(a, Boxes(after, name).ToList());
        }
    }

    [Theory]
    [InlineData("a cat and a dog and a horse on the grass", "replace the cat with a rabbit", "cat", "rabbit")]
    [InlineData("一只猫、一只狗和一匹马在草地上", "把猫换成兔子", "cat", "rabbit")]
    [InlineData("a boat and a duck on the sea", "swap the boat for a whale", "sailboat", "whale")]
    public void Replace_puts_the_new_thing_in_the_old_ones_place(string prompt, string comment, string old, string replacement)
    {
        var (scene, layout) = Start(prompt);
        var step = Revise(scene, layout, comment);
        Assert.Contains(step.Edits, e => e.Kind == EditKind.Replace && e.Element == old && e.Other == replacement);
        Assert.False(step.Scene.Has(old));
        Assert.True(step.Scene.Has(replacement));
        var was = layout.Placements.Single(p => p.Element == old);
        var now = step.Layout.Placements.Single(p => p.Element == replacement);
        Assert.InRange(now.X + now.Width / 2, was.X, was.X + was.Width);
        Assert.InRange(now.Y + now.Height, was.Y + was.Height - 2, was.Y + was.Height + 2);
        Untouched(layout, step.Layout, scene.Foreground.Select(e => e.Name).Where(n => n != old).ToArray());
        Assert.False(step.Plan.Inpaint);
    }

    [Theory]
    [InlineData("five ducks and a goose on the pond", "remove one duck", "duck", 4)]
    [InlineData("five ducks and a goose on the pond", "remove two of the ducks", "duck", 3)]
    [InlineData("五只鸭子和一只鹅在池塘里", "去掉两只鸭子", "duck", 3)]
    public void Removing_some_of_several_keeps_the_rest_where_they_were(string prompt, string comment, string name, int left)
    {
        var (scene, layout) = Start(prompt);
        var step = Revise(scene, layout, comment);
        Assert.Equal(left, step.Scene.Elements.Single(e => e.Name == name).Count);
        Assert.Equal(Boxes(layout, name).Take(left), Boxes(step.Layout, name));
        Untouched(layout, step.Layout, "goose");
    }

    [Theory]
    [InlineData("a dog and a cat and a tree on the grass", "move the dog to the right of the cat", "right of")]
    [InlineData("a dog and a cat and a tree on the grass", "move the dog to the left of the cat", "left of")]
    [InlineData("一只狗、一只猫和一棵树在草地上", "把狗移到猫的右边", "right of")]
    [InlineData("一只狗、一只猫和一棵树在草地上", "把狗移到猫的左边", "left of")]
    public void Move_next_to_another_thing_holds_by_genevals_rule(string prompt, string comment, string relation)
    {
        var (scene, layout) = Start(prompt);
        var step = Revise(scene, layout, comment);
        Assert.Contains(step.Edits, e => e.Kind == EditKind.Move && e.Element == "dog" && e.Other == "cat" && e.Relation == relation);
        var dog = step.Layout.Placements.Single(p => p.Element == "dog");
        var cat = step.Layout.Placements.Single(p => p.Element == "cat");
        Assert.Contains(relation, RelationLayoutTests.GenEvalRelations(dog, cat));
        Untouched(layout, step.Layout, "cat", "tree");
    }

    [Theory]
    [InlineData("a dog and a cat on the grass", "move the dog to the left", 0.25)]
    [InlineData("a dog and a cat on the grass", "move the dog to the right", 0.75)]
    [InlineData("一只狗和一只猫在草地上", "把狗移到左边", 0.25)]
    [InlineData("一只狗和一只猫在草地上", "把狗移到右边", 0.75)]
    public void Move_to_a_side_of_the_picture(string prompt, string comment, double where)
    {
        var (scene, layout) = Start(prompt);
        var step = Revise(scene, layout, comment);
        var dog = step.Layout.Placements.Single(p => p.Element == "dog");
        // Near the asked place; a little further out when something else stands there (it is not covered).
        Assert.InRange((dog.X + dog.Width / 2.0) / 512, where - 0.15, where + 0.15);
        Untouched(layout, step.Layout, "cat");
    }

    [Theory]
    [InlineData("make the dog bigger", true)]
    [InlineData("make the dog smaller", false)]
    [InlineData("把狗变大", true)]
    [InlineData("把狗缩小", false)]
    public void Bigger_and_smaller_resize_one_thing_on_its_base_line(string comment, bool bigger)
    {
        var (scene, layout) = Start("a dog and a cat on the grass");
        var step = Revise(scene, layout, comment);
        var was = layout.Placements.Single(p => p.Element == "dog");
        var now = step.Layout.Placements.Single(p => p.Element == "dog");
        Assert.True(bigger ? now.Width > was.Width * 1.2 : now.Width < was.Width * 0.85, $"{was} -> {now}");
        Assert.InRange(now.Y + now.Height, was.Y + was.Height - 2, was.Y + was.Height + 2);
        Untouched(layout, step.Layout, "cat");
        Assert.True(step.Plan.Compose && !step.Plan.Inpaint);
    }

    [Theory]
    [InlineData("make the car blue", "blue")]
    [InlineData("paint the car red", "red")]
    [InlineData("把汽车变成绿色", "green")]
    public void Recolour_sets_the_colour_and_keeps_the_layout(string comment, string color)
    {
        var (scene, layout) = Start("a car and a dog on the street");
        var step = Revise(scene, layout, comment);
        Assert.Equal(color, step.Scene.Elements.Single(e => e.Name == "car").Color);
        Assert.True(step.Plan.Compose, "the car's image is painted again in its new colour");
        Untouched(layout, step.Layout, "car", "dog");
    }

    [Theory]
    [InlineData("make it night", "night", new[] { "sunset", "sun" })]
    [InlineData("改成晚上", "night", new[] { "sunset", "sun" })]
    [InlineData("make it snow", "snow", new[] { "rain" })]
    [InlineData("下雪", "snow", new[] { "rain" })]
    public void Time_of_day_and_weather_replace_their_kind_and_keep_the_layout(string comment, string added, string[] gone)
    {
        var (scene, layout) = Start("a dog on the grass at sunset in the rain with the sun");
        var step = Revise(scene, layout, comment);
        Assert.True(step.Scene.Has(added), string.Join(", ", step.Scene.Elements.Select(e => e.Name)));
        foreach (var g in gone) Assert.False(step.Scene.Has(g), $"{g} is still there");
        Untouched(layout, step.Layout, "dog");
    }

    [Theory]
    [InlineData("in autumn", "autumn", "spring")]
    [InlineData("改成秋天", "autumn", "spring")]
    [InlineData("make it spring", "spring", "autumn")]
    public void A_season_replaces_the_season_and_keeps_the_layout(string comment, string added, string gone)
    {
        var (scene, layout) = Start($"a dog in a forest in {gone}");
        Assert.True(scene.Has(gone));
        var step = Revise(scene, layout, comment);
        Assert.True(step.Scene.Has(added), string.Join(", ", step.Scene.Elements.Select(e => e.Name)));
        Assert.False(step.Scene.Has(gone), $"{gone} is still there");
        Assert.DoesNotContain(step.Scene.Foreground, e => e.Name is "maple leaf" or "fire");
        Untouched(layout, step.Layout, "dog");
    }

    [Theory]
    [InlineData("make it day")]
    [InlineData("改成白天")]
    public void Daytime_ends_the_night(string comment)
    {
        var (scene, layout) = Start("a fox in the snow at night");
        var step = Revise(scene, layout, comment);
        Assert.False(step.Scene.Has("night"));
        Untouched(layout, step.Layout, "fox");
    }

    [Theory]
    [InlineData("make the sun bigger", "sun", true)]
    [InlineData("make the sun smaller", "sun", false)]
    [InlineData("把太阳变大", "sun", true)]
    [InlineData("把月亮缩小", "moon", false)]
    public void The_sun_and_the_moon_change_size_in_the_sky(string comment, string body, bool bigger)
    {
        var (scene, layout) = Start(body == "sun" ? "a dog on the grass with the sun" : "a dog on the grass under the moon");
        var step = Revise(scene, layout, comment);
        Assert.Contains(step.Edits, e => e.Kind == (bigger ? EditKind.Bigger : EditKind.Smaller) && e.Element == body);
        var scale = step.Scene.Elements.Single(e => e.Name == body).Scale;
        Assert.True(bigger ? scale > 1.2f : scale < 0.85f, $"{body} scale {scale}");
        Assert.True(step.Plan.Compose && step.Plan.Inpaint, "the sky is painted again");
        Untouched(layout, step.Layout, "dog");
    }

    [Theory]
    [InlineData("put the cat on the sofa")]
    [InlineData("把猫放到沙发上")]
    public void Put_on_a_new_support_brings_it_and_stands_the_thing_on_it(string comment)
    {
        var (scene, layout) = Start("a dog and a cat on the grass");
        var step = Revise(scene, layout, comment);
        Assert.Equal(1, step.Scene.Elements.Single(e => e.Name == "cat").Count);
        Assert.True(step.Scene.Has("couch"), string.Join(", ", step.Scene.Elements.Select(e => e.Name)));
        Assert.Contains(step.Scene.Relations, r => r is { Subject: "cat", Relation: "on", Object: "couch" });
        var cat = step.Layout.Placements.Single(p => p.Element == "cat");
        var couch = step.Layout.Placements.Single(p => p.Element == "couch");
        Assert.InRange(cat.X + cat.Width / 2, couch.X, couch.X + couch.Width);
        Assert.True(cat.Y + cat.Height < couch.Y + couch.Height / 2, $"{cat} is not on {couch}");
        Untouched(layout, step.Layout, "dog");
    }

    [Theory]
    [InlineData("move the dog to the right")]
    [InlineData("move the cat to the left")]
    public void A_thing_moved_to_a_side_does_not_cover_what_is_there(string comment)
    {
        var (scene, layout) = Start("a dog and a cat on the grass");
        var step = Revise(scene, layout, comment);
        var dog = step.Layout.Placements.Single(p => p.Element == "dog");
        var cat = step.Layout.Placements.Single(p => p.Element == "cat");
        Assert.True(LayoutPlanner.Overlap(dog.X, dog.Y, dog.Width, cat) < 0.2, $"{dog} covers {cat}");
    }
}
