using Easel.Pipeline.Layout;
using Easel.Pipeline.Text;

namespace Easel.Pipeline.Tests.Layout;

/// <summary>
/// A small thing that is the subject (an apple, a cup, a fork, a butterfly) is painted close up: large in the
/// frame, on the setting it belongs to (a table top), not a speck at landscape scale.
/// </summary>
public sealed class CloseUpTests
{
    private static readonly TextAnalyzer Analyzer = new();
    private static readonly LayoutPlanner Planner = new();

    [Theory]
    [InlineData("an apple", "apple", "table")]
    [InlineData("a photo of a fork", "fork", "table")]
    [InlineData("a cup", "cup", "table")]
    [InlineData("一个苹果", "apple", "table")]
    [InlineData("a butterfly", "butterfly", null)]
    public void A_small_subject_alone_fills_a_good_part_of_the_frame(string prompt, string name, string? setting)
    {
        var scene = Analyzer.Analyze(prompt);
        if (setting is not null) Assert.Equal(setting, scene.Setting);
        var layout = Planner.Plan(scene, 512, 512, 1);
        var p = layout.Placements.Single(x => x.Element == name);
        Assert.True(p.Width >= 512 * 0.22, $"{p} is a speck, not a close-up");
        Assert.InRange(p.X, 0, 512 - p.Width);
        Assert.InRange(p.Y, 0, 512 - p.Height);
        if (setting == "table")
        {
            // It stands on the table top: its base is below the line where the wall meets the table.
            Assert.True(ElementProfiles.For(name).ContactY(p) > layout.HorizonY, $"{p} does not stand on the table top (edge at {layout.HorizonY})");
        }
    }

    [Theory]
    [InlineData("cup", "a cup", "a cup and a horse")]
    [InlineData("apple", "an apple", "an apple and a cow")]
    public void Alone_it_is_drawn_much_larger_than_beside_a_big_animal(string name, string alone, string withAnimal)
    {
        var single = Planner.Plan(Analyzer.Analyze(alone), 512, 512, 1).Placements.Single(p => p.Element == name);
        var beside = Planner.Plan(Analyzer.Analyze(withAnimal), 512, 512, 1).Placements.Single(p => p.Element == name);
        Assert.True(single.Width > beside.Width * 1.6, $"alone {single.Width} px, beside a big animal {beside.Width} px");
    }
}
