using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;
using Easel.Pipeline.Text;

namespace Easel.Pipeline.Tests.Text;

public sealed class RevisionTests
{
    private static readonly TextAnalyzer Analyzer = new();
    private static readonly RevisionParser Parser = new();
    private static readonly SceneEditor Editor = new();

    private static IReadOnlyList<SceneEdit> Parse(string comment, string prompt = "a goose standing on the grass") =>
        Parser.Parse(comment, Analyzer.Analyze(prompt));

    [Theory]
    [InlineData("I prefer darker ones", EditKind.Darker)]
    [InlineData("我更喜欢深色的", EditKind.Darker)]
    [InlineData("暗一点", EditKind.Darker)]
    [InlineData("it's too bright", EditKind.Darker)]
    [InlineData("make it lighter", EditKind.Lighter)]
    [InlineData("too dark", EditKind.Lighter)]
    [InlineData("亮一点", EditKind.Lighter)]
    [InlineData("warmer colours please", EditKind.Warmer)]
    [InlineData("暖色调", EditKind.Warmer)]
    [InlineData("make it cooler", EditKind.Cooler)]
    [InlineData("冷一点", EditKind.Cooler)]
    public void Tone_edits(string comment, EditKind kind)
    {
        var edits = Parse(comment);
        Assert.Equal([kind], edits.Select(e => e.Kind));
    }

    [Theory]
    [InlineData("make it a watercolor", StyleNames.Watercolor)]
    [InlineData("水彩", StyleNames.Watercolor)]
    [InlineData("in the style of Monet", StyleNames.Impressionism)]
    [InlineData("like Van Gogh? no — like Hokusai", StyleNames.UkiyoE)]
    [InlineData("改成水墨画", StyleNames.ChineseInk)]
    [InlineData("浮世绘风格", StyleNames.UkiyoE)]
    [InlineData("pointillism, like Seurat", StyleNames.Pointillism)]
    [InlineData("more abstract", StyleNames.Abstract)]
    public void Style_edits(string comment, string style)
    {
        var edits = Parse(comment);
        var change = Assert.Single(edits, e => e.Kind == EditKind.ChangeStyle);
        Assert.Equal(style, change.Style);
    }

    [Theory]
    [InlineData("add a dog", EditKind.AddElement, "dog", 1)]
    [InlineData("加一只狗", EditKind.AddElement, "dog", 1)]
    [InlineData("please add two cats", EditKind.AddElement, "cat", 2)]
    [InlineData("再加两只猫", EditKind.AddElement, "cat", 2)]
    [InlineData("add a rainbow", EditKind.AddElement, "rainbow", 1)]
    [InlineData("remove the goose", EditKind.RemoveElement, "goose", 1)]
    [InlineData("去掉鹅", EditKind.RemoveElement, "goose", 1)]
    [InlineData("more geese", EditKind.MoreOf, "goose", 2)]
    [InlineData("add two more geese", EditKind.MoreOf, "goose", 2)]
    [InlineData("fewer geese", EditKind.FewerOf, "goose", 1)]
    public void Element_edits(string comment, EditKind kind, string element, int count)
    {
        var edit = Assert.Single(Parse(comment));
        Assert.Equal(kind, edit.Kind);
        Assert.Equal(element, edit.Element);
        Assert.Equal(count, edit.Count);
    }

    [Fact]
    public void Several_edits_in_one_comment()
    {
        var edits = Parse("add a dog and remove the goose, and make it darker");
        Assert.Equal([EditKind.AddElement, EditKind.RemoveElement, EditKind.Darker], edits.Select(e => e.Kind));
    }

    [Theory]
    [InlineData("remove the boat")]
    [InlineData("去掉船")]
    [InlineData("no boats please")]
    public void Removing_the_boat_removes_a_sailboat(string comment)
    {
        var scene = Analyzer.Analyze("happily sailing in the sea");
        Assert.Contains(scene.Elements, e => e.Name == "sailboat");
        var revised = Editor.Apply(scene, Parser.Parse(comment, scene));
        Assert.DoesNotContain(revised.Elements, e => e.Name is "sailboat" or "boat" or "ship" or "yacht");
        Assert.Contains("sailboat", revised.Negated);
    }

    [Fact]
    public void Removing_the_boat_removes_a_ship_too()
    {
        var scene = Analyzer.Analyze("a ship on a stormy sea");
        var revised = Editor.Apply(scene, Parser.Parse("remove the boat", scene));
        Assert.DoesNotContain(revised.Elements, e => e.Name == "ship");
    }

    [Fact]
    public void Tone_steps_accumulate_and_clamp()
    {
        var scene = Analyzer.Analyze("a goose standing on the grass");
        for (var i = 0; i < 5; i++) scene = Editor.Apply(scene, Parser.Parse("darker", scene));
        Assert.Equal(-1, scene.Tone.Brightness);
        scene = Editor.Apply(scene, Parser.Parse("lighter", scene));
        Assert.Equal(-1 + SceneEditor.ToneStep, scene.Tone.Brightness, 6);
        scene = Editor.Apply(scene, Parser.Parse("warmer", scene));
        Assert.Equal(SceneEditor.ToneStep, scene.Tone.Warmth, 6);
    }

    [Fact]
    public void Revisions_chain()
    {
        var scene = Analyzer.Analyze("a goose standing on the grass");
        scene = Editor.Apply(scene, Parser.Parse("add a dog", scene));
        scene = Editor.Apply(scene, Parser.Parse("add two more dogs", scene));
        Assert.Equal(3, scene.Elements.Single(e => e.Name == "dog").Count);
        scene = Editor.Apply(scene, Parser.Parse("fewer dogs", scene));
        Assert.Equal(2, scene.Elements.Single(e => e.Name == "dog").Count);
        scene = Editor.Apply(scene, Parser.Parse("remove the dogs", scene));
        Assert.DoesNotContain(scene.Elements, e => e.Name == "dog");
        Assert.Contains("dog", scene.Negated);
        scene = Editor.Apply(scene, Parser.Parse("add a dog", scene));
        Assert.Contains(scene.Elements, e => e.Name == "dog");
        Assert.DoesNotContain("dog", scene.Negated);
        Assert.Equal("a goose standing on the grass", scene.Prompt);
    }

    [Fact]
    public void Added_element_is_drawn_not_missing()
    {
        var scene = Analyzer.Analyze("a goose standing on the grass");
        var revised = Editor.Apply(scene, Parser.Parse("add a windmill", scene));
        Assert.DoesNotContain("windmill", revised.Missing);
        Assert.Equal(ElementRole.Foreground, revised.Elements.Single(e => e.Name == "windmill").Role);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hmm")]
    [InlineData("nice!")]
    [InlineData("🙂")]
    [InlineData("\ud800")]
    public void Unclear_comments_give_no_edits(string comment)
    {
        Assert.Empty(Parse(comment));
    }
}
