using Easel.Pipeline.Text;

namespace Easel.Pipeline.Tests.Text;

/// <summary>The setting comes from what the text names, else its scenery, else what its things imply.</summary>
public sealed class SettingChooserTests
{
    private static readonly TextAnalyzer Analyzer = new();

    [Theory]
    [InlineData("a cup of coffee on a table by a rainy window", "table")]
    [InlineData("a cat in the kitchen", "kitchen")]
    [InlineData("一只猫在厨房里", "kitchen")]
    [InlineData("a teddy bear in the bedroom", "bedroom")]
    [InlineData("a ball on the soccer field", "field")]
    [InlineData("a dog in the park", "park")]
    [InlineData("a boat on the sea", "sea")]
    [InlineData("a goose standing on the grass", "meadow")]
    [InlineData("一只鹅站在草地上", "meadow")]
    [InlineData("a red car", "street")]
    [InlineData("an apple", "table")]
    [InlineData("three cups", "table")]
    [InlineData("a zebra", "savanna")]
    [InlineData("a lion and an elephant", "savanna")]
    [InlineData("a horse", "meadow")]
    [InlineData("a fox in a snowy forest at night", "forest")]
    public void Setting_from_the_text(string prompt, string setting)
    {
        Assert.Equal(setting, Analyzer.Analyze(prompt).Setting);
    }

    [Theory]
    [InlineData(new[] { "fork" }, "table")]
    [InlineData(new[] { "wine glass", "knife" }, "table")]
    [InlineData(new[] { "oven", "cup" }, "kitchen")]
    [InlineData(new[] { "cup", "oven" }, "kitchen")]
    [InlineData(new[] { "bed", "cat" }, "bedroom")]
    [InlineData(new[] { "bus" }, "street")]
    [InlineData(new[] { "stop sign", "dog" }, "street")]
    [InlineData(new[] { "sports ball" }, "field")]
    [InlineData(new[] { "giraffe" }, "savanna")]
    [InlineData(new[] { "airplane" }, "sky")]
    [InlineData(new[] { "toilet", "toothbrush" }, "bathroom")]
    public void Things_imply_a_setting(string[] names, string setting)
    {
        Assert.Equal(setting, SettingChooser.Default.FromObjects(names));
    }

    [Fact]
    public void A_thing_drawn_on_its_own_is_not_the_setting()
    {
        // "dining table" names a thing with its own image: the kitchen things around it decide.
        TextToken Thing(string name) => new(name, new LexiconEntry { Foreground = name }, false, false);
        var tokens = new[] { Thing("dining table"), new TextToken("right of", null, false, false), Thing("oven") };
        var elements = new[] { Easel.TestHelpers.Scenes.Thing("dining table"), Easel.TestHelpers.Scenes.Thing("oven") };
        Assert.Equal("kitchen", SettingChooser.Default.Choose(tokens, elements, []));
    }

    [Fact]
    public void Nothing_to_go_by_is_a_meadow()
    {
        Assert.Equal(SettingChooser.Meadow, Analyzer.Analyze("something lovely").Setting);
    }
}
