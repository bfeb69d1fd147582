using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Orchestration.Activities;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;
using static Easel.TestHelpers.Scenes;

namespace Easel.Pipeline.Tests.Orchestration;

/// <summary>The revision plan on its own: what a revision renders, reuses and carries, with no orchestration running.</summary>
public sealed class RevisionPlanTests
{
    private static readonly StyleDecision Realism = new(StyleNames.Realism, new Dictionary<string, double>(), []);

    private static SceneLayout Layout(params (string Element, int Width, int Height)[] boxes) =>
        new(256, 256, 128, [.. boxes.Select((b, i) => new Placement(b.Element, 0, 10 * i, 140, b.Width, b.Height, false, i))]);

    private static PaintState Previous(SceneDescription scene, SceneLayout layout, params ForegroundImage[] foregrounds) =>
        new(0, scene, Realism, layout, foregrounds, [], "procedural", new Dictionary<string, string>());

    [Fact]
    public void A_first_painting_renders_every_placed_element_at_its_largest_side_and_carries_nothing()
    {
        var scene = Of(Thing("goose", 2), Thing("boat"), Scenery("lake"));
        var layout = new SceneLayout(256, 256, 128,
        [
            new Placement("goose", 0, 0, 140, 40, 50, false, 0),
            new Placement("goose", 1, 60, 150, 64, 30, false, 1),
            new Placement("boat", 0, 120, 120, 90, 70, false, 2),
        ]);

        var plan = RevisionPlan.For(RenderPlan.Everything, scene, layout, previous: null);

        Assert.Equal([new ForegroundImage("goose", 64), new ForegroundImage("boat", 90)], plan.Render);
        Assert.Empty(plan.Reuse);
        Assert.Empty(plan.Carry);
        Assert.Equal(RenderPlan.Everything, plan.Stages);
    }

    [Fact]
    public void An_element_the_layout_did_not_place_is_neither_rendered_nor_reused()
    {
        var plan = RevisionPlan.For(RenderPlan.Everything, Of(Thing("goose"), Thing("kite")), Layout(("goose", 40, 40)), previous: null);

        Assert.Equal(["goose"], plan.Render.Select(f => f.Element));
    }

    [Fact]
    public void A_tone_change_restylizes_only_and_carries_every_other_artifact()
    {
        var scene = Of(Thing("goose"), Scenery("grass"));
        var layout = Layout(("goose", 40, 40));
        var previous = Previous(scene, layout, new ForegroundImage("goose", 40));
        var darker = scene with { Tone = new Tone(-0.35, 0) };

        var stages = RenderPlan.Between(scene, Realism, darker, Realism);
        var plan = RevisionPlan.For(stages, darker, layout, previous);

        Assert.Equal(new RenderPlan(Compose: false, Inpaint: false, Merge: false, Stylize: true), stages);
        Assert.Empty(plan.Render);
        Assert.Equal([new ForegroundImage("goose", 40)], plan.Reuse);
        Assert.Equal([ArtifactKeys.Initial, ArtifactKeys.Regions, ArtifactKeys.Background, ArtifactKeys.Foreground("goose"),
            ArtifactKeys.Merged, ArtifactKeys.Mattes, ArtifactKeys.Sketch], plan.Carry);
    }

    [Fact]
    public void A_change_that_runs_nothing_carries_the_target_too()
    {
        var scene = Of(Thing("goose"), Scenery("grass"));
        var layout = Layout(("goose", 40, 40));

        var plan = RevisionPlan.For(RenderPlan.Between(scene, Realism, scene, Realism), scene, layout, Previous(scene, layout, new ForegroundImage("goose", 40)));

        Assert.Equal(ArtifactKeys.Pictures(["goose"]), plan.Carry); // every picture of the folder, the target included
    }

    [Fact]
    public void Adding_an_element_renders_only_the_new_one_and_keeps_the_background()
    {
        var before = Of(Thing("goose"), Scenery("grass"));
        var after = Of(Thing("goose"), Thing("dog"), Scenery("grass"));
        var layout = Layout(("goose", 40, 40), ("dog", 50, 45));

        var stages = RenderPlan.Between(before, Realism, after, Realism);
        var plan = RevisionPlan.For(stages, after, layout, Previous(before, Layout(("goose", 40, 40)), new ForegroundImage("goose", 40)));

        Assert.Equal(new RenderPlan(Compose: true, Inpaint: false, Merge: true, Stylize: true), stages);
        Assert.Equal([new ForegroundImage("dog", 50)], plan.Render);
        Assert.Equal([ArtifactKeys.Background, ArtifactKeys.Foreground("goose")], plan.Carry);
    }

    [Fact]
    public void An_image_smaller_than_its_new_placement_is_rendered_again_and_a_bigger_one_reused()
    {
        var scene = Of(Thing("goose"), Thing("dog"));
        var previous = Previous(scene, Layout(("goose", 40, 40), ("dog", 80, 80)), new ForegroundImage("goose", 40), new ForegroundImage("dog", 80));

        var plan = RevisionPlan.For(RenderPlan.Everything with { Inpaint = false }, scene, Layout(("goose", 60, 48), ("dog", 70, 70)), previous);

        Assert.Equal([new ForegroundImage("goose", 60)], plan.Render);
        Assert.Equal([new ForegroundImage("dog", 80)], plan.Reuse);
    }

    [Fact]
    public void An_element_that_had_no_image_is_not_tried_again()
    {
        var scene = Of(Thing("goose"), Thing("unicorn")) with { Missing = ["unicorn"] };
        var layout = Layout(("goose", 40, 40), ("unicorn", 40, 40));

        var plan = RevisionPlan.For(RenderPlan.Everything, scene, layout, Previous(scene, layout, new ForegroundImage("goose", 40)));

        Assert.DoesNotContain(plan.Render.Concat(plan.Reuse), f => f.Element == "unicorn");
    }

    [Fact]
    public void The_outcome_lists_the_images_by_name_and_the_missing_elements_sorted()
    {
        var scene = Of(Thing("zebra"), Thing("goose"), Thing("unicorn"), Thing("dodo")) with { Missing = ["unicorn", "yeti"] };
        var plan = new RevisionPlan(RenderPlan.Everything,
            Render: [new ForegroundImage("zebra", 50), new ForegroundImage("dodo", 30)],
            Reuse: [new ForegroundImage("goose", 40)],
            Carry: []);

        var (foregrounds, missing) = plan.Outcome(scene, [new RenderForegroundOutput("zebra", true, 1), new RenderForegroundOutput("dodo", false, 1)]);

        Assert.Equal([new ForegroundImage("goose", 40), new ForegroundImage("zebra", 50)], foregrounds);
        Assert.Equal(["dodo", "unicorn"], missing); // "yeti" is no longer in the scene
    }
}
