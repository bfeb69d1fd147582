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
    [InlineData("a dog on a bed", "bedroom")] // what a thing is on says where it is, more than the thing
    [InlineData("三只猫在沙发上", "living room")]
    [InlineData("一只猫在窗边", "window")] // a thing's word and one more character: 窗 + 边, by the window
    [InlineData("两只猫在窗台上", "window")] // on the windowsill: a support that is a room's word is that room
    [InlineData("a cat on a table", "table")]
    [InlineData("a girl reading a book under a tree", "meadow")] // the book votes for a table, but no room holds a tree
    [InlineData("a cup beside a house", "meadow")]
    [InlineData("presents under a christmas tree", "table")] // a Christmas tree is brought indoors
    public void Setting_from_the_text(string prompt, string setting)
    {
        Assert.Equal(setting, Analyzer.Analyze(prompt).Setting);
    }

    [Theory]
    [InlineData("three cups on a table", "table", "dining table")]
    [InlineData("a cup of coffee on a table by a rainy window", "table", "window")]
    [InlineData("a cat sitting by the window in the living room", "window", "window")]
    public void A_setting_paints_its_own_support_and_window_instead_of_a_sprite(string prompt, string setting, string absorbed)
    {
        var scene = Analyzer.Analyze(prompt);
        Assert.Equal(setting, scene.Setting);
        Assert.DoesNotContain(scene.Elements, e => e.Name == absorbed);
        Assert.DoesNotContain(scene.Relations, r => r.Object == absorbed || r.Subject == absorbed);
        Assert.NotEmpty(scene.Foreground);
    }

    [Theory]
    [InlineData("a photo of a dining table")]          // the table is the subject, not a support
    [InlineData("a cup on a red table")]                // a coloured table is a thing of its own
    [InlineData("a photo of a cup below a dining table")]
    public void A_table_that_is_more_than_a_support_stays_a_thing(string prompt)
    {
        Assert.Contains(Analyzer.Analyze(prompt).Elements, e => e.Name == "dining table");
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

    [Theory]
    [InlineData("a cat in the kitchen by the sea", "sea")]
    [InlineData("a teddy bear in the bedroom with a waterfall", "waterfall")]
    [InlineData("卧室里的猫和大海", "sea")]
    public void Scenery_an_indoor_setting_cannot_show_is_reported_missing(string prompt, string unpainted)
    {
        var scene = Analyzer.Analyze(prompt);
        Assert.True(SettingChooser.Default.IsIndoor(scene.Setting), scene.Setting);
        Assert.Contains(unpainted, scene.Missing);
    }

    [Theory]
    [InlineData("a cup of coffee on a table by a rainy window")]
    [InlineData("a teddy bear in the bedroom at night")]
    [InlineData("a cat by the window on a snowy day")]
    [InlineData("a waterfall in the forest")]
    public void Scenery_the_setting_paints_is_not_missing(string prompt)
    {
        Assert.Empty(Analyzer.Analyze(prompt).Missing);
    }

    [Theory]
    [InlineData("a cat in the kitchen", "knife")]
    [InlineData("a grandmother on a sofa", null)]
    public void A_setting_word_brings_no_thing_of_its_own(string prompt, string? notDrawn)
    {
        var scene = Analyzer.Analyze(prompt);
        if (notDrawn is not null) Assert.DoesNotContain(scene.Elements, e => e.Name == notDrawn);
        else Assert.Contains(scene.Elements, e => e.Name == "couch"); // the furniture of the setting stays a thing
    }
}
