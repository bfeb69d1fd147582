using Easel.Pipeline.Foreground;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Text;

namespace Easel.Pipeline.Tests.Text;

/// <summary>Poses from verbs: a person doing something is drawn as the figure of that activity.</summary>
public sealed class ActivityReaderTests
{
    private static readonly TextAnalyzer Analyzer = new();

    [Theory]
    [InlineData("a boy surfing", "surfer", "surfing")]
    [InlineData("a surfing girl", "surfer", "surfing")]
    [InlineData("a girl riding a bike", "cyclist", "cycling")]
    [InlineData("a woman riding a red bicycle", "woman biking", "cycling")]
    [InlineData("a man skiing down a mountain", "skier", "skiing")]
    [InlineData("a boy playing basketball", "person bouncing ball", "basketball")]
    [InlineData("a man riding a horse", "jockey", "horse riding")]
    [InlineData("a child sleeping", "person in bed", "sleeping")]
    [InlineData("a girl dancing in the rain", "dancer", "dancing")]
    [InlineData("一个男孩在冲浪", "surfer", "surfing")]
    [InlineData("冲浪的男孩", "surfer", "surfing")]
    [InlineData("一个女孩骑自行车", "cyclist", "cycling")]
    [InlineData("一个男人在跑步", "man running", "running")]
    [InlineData("一个女人骑马", "jockey", "horse riding")]
    [InlineData("一个老人在公园里散步", "man walking", "walking")]
    [InlineData("一个男人在公园散步", "man walking", "walking")]
    [InlineData("一个女人在海边跑步", "woman running", "running")]
    [InlineData("an old man walking in the park", "man walking", "walking")]
    public void A_person_doing_something_is_drawn_as_its_figure(string prompt, string figure, string activity)
    {
        var scene = Analyzer.Analyze(prompt);
        var fg = scene.Foreground.ToArray();
        Assert.True(fg.Length == 1, $"'{prompt}': [{string.Join(", ", fg.Select(e => e.Name))}]");
        Assert.Equal(figure, fg[0].Name);
        Assert.Equal(activity, fg[0].MappedFrom?.Via);
        Assert.Equal("activity", fg[0].MappedFrom?.Relation);
        Assert.Empty(scene.Missing);
    }

    [Fact]
    public void The_figure_keeps_the_persons_count_colour_and_relations()
    {
        var scene = Analyzer.Analyze("two women running beside a red car");
        var runners = Assert.Single(scene.Foreground, e => e.Name == "woman running");
        Assert.Equal(2, runners.Count);
        Assert.Equal("woman", runners.MappedFrom?.Word);
        Assert.Contains(scene.Foreground, e => e.Name == "car" && e.Color == "red");
        Assert.Contains(scene.Relations, r => r.Subject == "woman running" && r.Object == "car");
    }

    [Fact]
    public void What_is_said_of_the_absorbed_thing_is_said_of_the_figure()
    {
        var scene = Analyzer.Analyze("a girl riding a horse on the beach");
        Assert.Equal("jockey", Assert.Single(scene.Foreground).Name);
        Assert.Contains(scene.Relations, r => r.Subject == "jockey" && r.Object == "beach");
    }

    [Theory]
    [InlineData("a photo of a person and a bicycle", "person", "bicycle")]
    [InlineData("a photo of a person and a horse", "person", "horse")]
    [InlineData("a man on a horse", "man", "horse")]
    [InlineData("a man next to a surfboard", "man", "surfboard")]
    public void Naming_a_person_and_a_thing_is_no_activity(string prompt, string person, string thing)
    {
        var names = Analyzer.Analyze(prompt).Foreground.Select(e => e.Name).ToArray();
        Assert.Equal([person, thing], names);
    }

    [Fact]
    public void Surfing_alone_still_brings_a_surfer()
    {
        Assert.Contains(Analyzer.Analyze("surfing at sunset").Foreground, e => e.Name == "surfer" && e.MappedFrom is null);
    }

    [Fact]
    public void Every_figure_is_a_drawable_element_placed_where_the_activity_happens()
    {
        var lexicon = Lexicon.Default;
        foreach (var activity in ActivityReader.Default.Activities)
        {
            foreach (var kind in ActivityReader.Default.People.Values.Distinct())
            {
                Assert.True(activity.Figures.TryGetValue(kind, out var figure), $"{activity.Name}: no figure for {kind}");
                Assert.True(lexicon.HasAsset(figure), $"{activity.Name}: {figure} has no image");
            }
            foreach (var name in activity.Objects.Concat(activity.Absorbs))
                Assert.True(lexicon.IsForeground(name), $"{activity.Name}: {name} is no element");
        }
        foreach (var person in ActivityReader.Default.People.Keys) Assert.True(lexicon.IsForeground(person), person);
        string[] inWater = ["surfer", "man surfing", "woman surfing", "swimmer", "man swimming", "woman swimming"];
        Assert.All(inWater, n => Assert.Equal(Habitat.Water, ElementProfiles.For(n).Habitat));
    }
}
