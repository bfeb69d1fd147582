using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;
using Easel.Pipeline.Text;

namespace Easel.Pipeline.Tests.Text;

/// <summary>
/// The cases of the shared eval file (eval/prompts.json), copied here, checked at the text level:
/// elements, counts, emotion, derived (emotion-sourced) elements, styles, and revision edits.
/// </summary>
public sealed class EvalCaseTests
{
    private static readonly TextAnalyzer Analyzer = new();
    private static readonly StyleDecider Decider = new();
    private static readonly RevisionParser Parser = new();
    private static readonly SceneEditor Editor = new();

    private static readonly string[] Boat = ["boat", "sailboat", "ship", "yacht"];
    private static readonly string[] Sea = ["sea", "ocean"];
    private static readonly string[] GrassLike = ["grass", "meadow", "lawn", "field"];
    private static readonly string[] Beach = ["beach", "sand", "shore"];
    private static readonly string[] Sun = ["sun", "sunshine", "sunlight"];

    private static void HasForeground(SceneDescription scene, params string[] acceptable) =>
        Assert.True(scene.Foreground.Any(e => acceptable.Contains(e.Name)),
            $"expected a foreground element among [{string.Join(", ", acceptable)}] in [{Describe(scene)}]");

    private static void HasBackground(SceneDescription scene, params string[] acceptable) =>
        Assert.True(scene.Background.Any(e => acceptable.Contains(e.Name)),
            $"expected a background element among [{string.Join(", ", acceptable)}] in [{Describe(scene)}]");

    private static void HasDerived(SceneDescription scene, params string[] acceptable) =>
        Assert.True(scene.Elements.Any(e => acceptable.Contains(e.Name) && e.Source == ElementSource.Emotion),
            $"expected an emotion-sourced element among [{string.Join(", ", acceptable)}] in [{Describe(scene)}]");

    private static string Describe(SceneDescription s) =>
        string.Join("; ", s.Elements.Select(e => $"{e.Name}/{e.Role}/{e.Source}/{e.Count}/'{e.Cue}'"));

    private static SceneDescription Revise(SceneDescription scene, string text) => Editor.Apply(scene, Parser.Parse(text, scene));

    [Fact]
    public void GooseGrass_and_add_a_dog()
    {
        var scene = Analyzer.Analyze("a goose standing on the grass");
        HasForeground(scene, "goose");
        HasBackground(scene, GrassLike);
        var revised = Revise(scene, "add a dog");
        HasForeground(revised, "goose");
        HasForeground(revised, "dog");
    }

    [Fact]
    public void SailAlone_is_lonely_and_darker_revision_lowers_brightness()
    {
        var scene = Analyzer.Analyze("sailing alone at sea");
        HasForeground(scene, Boat);
        HasBackground(scene, Sea);
        Assert.Equal(EmotionCategory.Loneliness, scene.Emotion.Category);
        Assert.Contains("alone", scene.Emotion.Cues);
        var boat = scene.Foreground.Single(e => Boat.Contains(e.Name));
        Assert.Equal(ElementSource.Expanded, boat.Source);
        Assert.Equal("sailing", boat.Cue);

        var edits = Parser.Parse("I prefer darker ones", scene);
        Assert.Equal([EditKind.Darker], edits.Select(e => e.Kind));
        var revised = Editor.Apply(scene, edits);
        Assert.True(revised.Tone.Brightness < scene.Tone.Brightness);
        Assert.Equal(scene.Elements, revised.Elements);
    }

    [Fact]
    public void SailHappy_is_joyful_with_derived_sun_sky_cloud_and_remove_the_boat()
    {
        var scene = Analyzer.Analyze("happily sailing in the sea");
        HasForeground(scene, Boat);
        HasBackground(scene, Sea);
        Assert.Equal(EmotionCategory.Joy, scene.Emotion.Category);
        HasDerived(scene, Sun);
        HasDerived(scene, "sky", "blue sky");
        HasDerived(scene, "cloud", "white cloud");

        var revised = Revise(scene, "remove the boat");
        Assert.DoesNotContain(revised.Elements, e => Boat.Contains(e.Name));
        Assert.Contains("sailboat", revised.Negated);
        HasBackground(revised, Sea);
    }

    [Fact]
    public void BeachSun_has_the_beach_and_the_sun()
    {
        var scene = Analyzer.Analyze("the beach under the sunshine");
        HasBackground(scene, Beach);
        HasBackground(scene, Sun);
    }

    [Fact]
    public void SadCity_is_a_sad_rainy_city()
    {
        var scene = Analyzer.Analyze("a sad rainy evening in the city");
        HasBackground(scene, "city", "street", "building");
        HasBackground(scene, "rain");
        Assert.Equal(EmotionCategory.Sadness, scene.Emotion.Category);
        Assert.Equal(["sad"], scene.Emotion.Cues);
    }

    [Fact]
    public void Lilies_are_calm_and_impressionist()
    {
        var scene = Analyzer.Analyze("water lilies floating in a quiet pond");
        HasBackground(scene, "pond", "lake", "water");
        HasForeground(scene, "lotus");
        Assert.Equal(EmotionCategory.Calm, scene.Emotion.Category);
        var style = Decider.Decide(scene);
        Assert.Equal(StyleNames.Impressionism, style.Name);
        Assert.Contains(style.Reasons, r => r.Contains("'water lilies'") && r.Contains("impressionism"));
    }

    [Fact]
    public void Cranes_over_misty_mountains_are_chinese_ink()
    {
        var scene = Analyzer.Analyze("cranes flying over misty mountains");
        HasForeground(scene, "crane", "bird");
        Assert.Equal("cranes", scene.Foreground.Single(e => e.Name is "crane" or "bird").Cue);
        HasBackground(scene, "mountain", "mountains");
        HasBackground(scene, "fog", "mist");
        Assert.Equal(StyleNames.ChineseInk, Decider.Decide(scene).Name);
    }

    [Fact]
    public void Fox_in_snowy_forest_at_night()
    {
        var scene = Analyzer.Analyze("a red fox in a snowy forest at night");
        HasForeground(scene, "fox");
        HasBackground(scene, "snow");
        HasBackground(scene, "forest");
        HasBackground(scene, "night");
    }

    [Fact]
    public void Two_horses_at_sunset()
    {
        var scene = Analyzer.Analyze("two horses galloping across a meadow at sunset");
        HasForeground(scene, "horse");
        Assert.Equal(2, scene.Foreground.Single(e => e.Name == "horse").Count);
        HasBackground(scene, "meadow", "grass", "field");
        HasBackground(scene, "sunset");
    }

    [Fact]
    public void Passionate_dance_under_the_stars()
    {
        var scene = Analyzer.Analyze("a passionate dance under the stars");
        Assert.Equal(EmotionCategory.Passion, scene.Emotion.Category);
        HasBackground(scene, "star", "stars", "night");
        Assert.Contains(Decider.Decide(scene).Name, new[] { StyleNames.Romanticism, StyleNames.Fauvism });
    }

    [Fact]
    public void Chinese_goose_on_grass()
    {
        var scene = Analyzer.Analyze("一只鹅站在草地上");
        HasForeground(scene, "goose");
        Assert.Equal(1, scene.Foreground.Single(e => e.Name == "goose").Count);
        HasBackground(scene, GrassLike);
        Assert.Equal("鹅", scene.Foreground.Single().Cue);
    }

    [Fact]
    public void Chinese_beach_in_sunshine()
    {
        var scene = Analyzer.Analyze("阳光下的海滩");
        HasBackground(scene, Beach);
        HasBackground(scene, Sun);
    }

    [Fact]
    public void Kangaroo_in_desert_then_watercolor()
    {
        var scene = Analyzer.Analyze("a kangaroo in the desert");
        HasForeground(scene, "kangaroo");
        HasBackground(scene, "desert");
        var edits = Parser.Parse("make it a watercolor", scene);
        Assert.Contains(edits, e => e.Kind == EditKind.ChangeStyle && e.Style == StyleNames.Watercolor);
        var revised = Editor.Apply(scene, edits);
        Assert.Equal(StyleNames.Watercolor, revised.StyleRequest);
        Assert.Equal(StyleNames.Watercolor, Decider.Decide(revised).Name);
        Assert.Equal(scene.Elements, revised.Elements);
    }

    [Fact]
    public void Explicit_ukiyo_e_cat_under_cherry_blossom()
    {
        var scene = Analyzer.Analyze("in ukiyo-e style, a cat under a cherry blossom tree");
        HasForeground(scene, "cat");
        var style = Decider.Decide(scene);
        Assert.Equal(StyleNames.UkiyoE, style.Name);
        Assert.StartsWith("'ukiyo-e'", style.Reasons[0]);
    }
}
