using Easel.Pipeline.Scene;
using Easel.Pipeline.Style;
using Easel.Pipeline.Text;

namespace Easel.Pipeline.Tests.Style;

public sealed class StyleDeciderTests
{
    private static readonly TextAnalyzer Analyzer = new();
    private static readonly StyleDecider Decider = new();

    private static StyleDecision Decide(string prompt) => Decider.Decide(Analyzer.Analyze(prompt));

    [Theory]
    [InlineData("water lilies floating in a quiet pond", StyleNames.Impressionism)]
    [InlineData("Mount Fuji at dawn", StyleNames.UkiyoE)]
    [InlineData("a great wave and a small boat", StyleNames.UkiyoE)]
    [InlineData("cherry blossoms by a shrine", StyleNames.UkiyoE)]
    [InlineData("bamboo in the wind", StyleNames.ChineseInk)]
    [InlineData("cranes flying over misty mountains", StyleNames.ChineseInk)]
    [InlineData("a bird over the mountains", StyleNames.ChineseInk)]
    [InlineData("a ship in a storm at sea", StyleNames.Romanticism)]
    [InlineData("shipwreck", StyleNames.Romanticism)]
    [InlineData("a passionate dance under the stars", StyleNames.Romanticism)] // a night scene: Friedrich, not the daylight colour of fauvism
    [InlineData("富士山下的樱花", StyleNames.UkiyoE)]
    [InlineData("竹林里的熊猫", StyleNames.ChineseInk)]
    public void Elements_and_emotion_suggest_a_style(string prompt, string style)
    {
        Assert.Equal(style, Decide(prompt).Name);
    }

    [Theory]
    [InlineData("in ukiyo-e style, a cat under a cherry blossom tree", StyleNames.UkiyoE)]
    [InlineData("a dog on the beach like Monet", StyleNames.Impressionism)]
    [InlineData("a starry night, van gogh", StyleNames.Impressionism)]
    [InlineData("水墨画：一匹马", StyleNames.ChineseInk)]
    [InlineData("国画 山水", StyleNames.ChineseInk)]
    [InlineData("浮世绘的猫", StyleNames.UkiyoE)]
    [InlineData("a watercolor of a fox", StyleNames.Watercolor)]
    [InlineData("水彩画的狐狸", StyleNames.Watercolor)]
    [InlineData("pointillism: a sunday afternoon on the river", StyleNames.Pointillism)]
    [InlineData("a Seurat park", StyleNames.Pointillism)]
    [InlineData("an abstract sea", StyleNames.Abstract)]
    [InlineData("bamboo, in the style of Monet", StyleNames.Impressionism)]
    public void Explicit_style_words_win(string prompt, string style)
    {
        var decision = Decide(prompt);
        Assert.Equal(style, decision.Name);
        Assert.Contains("asks for " + style, decision.Reasons[0]);
    }

    [Fact]
    public void Style_request_wins_outright()
    {
        var scene = Analyzer.Analyze("in ukiyo-e style, Mount Fuji") with { StyleRequest = StyleNames.Realism };
        var decision = Decider.Decide(scene);
        Assert.Equal(StyleNames.Realism, decision.Name);
        Assert.True(decision.Scores[StyleNames.Realism] >= 0.8);
        Assert.Contains("asked for", decision.Reasons[0]);
    }

    [Theory]
    [InlineData("water lilies floating in a quiet pond")]
    [InlineData("a goose standing on the grass")]
    [InlineData("")]
    [InlineData("xyzzy")]
    public void Scores_are_a_rounded_distribution_over_all_nine_styles(string prompt)
    {
        var decision = Decide(prompt);
        Assert.Equal(StyleNames.All.OrderBy(s => s), decision.Scores.Keys.OrderBy(s => s));
        Assert.InRange(decision.Scores.Values.Sum(), 0.99, 1.01);
        Assert.All(decision.Scores.Values, v => Assert.Equal(Math.Round(v, 3), v));
        Assert.Equal(decision.Scores.MaxBy(p => p.Value).Value, decision.Scores[decision.Name]);
        Assert.NotEmpty(decision.Reasons);
    }

    [Fact]
    public void Nothing_matching_gives_the_default_mix()
    {
        var decision = Decide("xyzzy");
        Assert.Equal(StyleNames.Impressionism, decision.Name);
        Assert.Contains("default", decision.Reasons[0]);
    }

    [Fact]
    public void Reasons_are_readable()
    {
        var decision = Decide("water lilies floating in a quiet pond");
        Assert.Contains("'water lilies' suggests impressionism (Monet's water lilies)", decision.Reasons);
        Assert.Contains(decision.Reasons, r => r.Contains("calm") && r.Contains("'quiet'"));
    }

    [Fact]
    public void The_same_scene_gives_the_same_style_scores_and_reasons()
    {
        var a = Decide("a sad rainy evening in the city");
        var b = new StyleDecider().Decide(new TextAnalyzer().Analyze("a sad rainy evening in the city"));
        Assert.Equal(a.Name, b.Name);
        Assert.Equal(a.Scores, b.Scores);
        Assert.Equal(a.Reasons, b.Reasons);
    }

    [Theory]
    [InlineData(EmotionCategory.Passion, StyleNames.Romanticism)]
    [InlineData(EmotionCategory.Calm, StyleNames.Impressionism)]
    [InlineData(EmotionCategory.Sadness, StyleNames.Realism)]
    [InlineData(EmotionCategory.Loneliness, StyleNames.ChineseInk)]
    public void Emotion_alone_leans_to_a_style(EmotionCategory category, string style)
    {
        var scene = new SceneDescription("x", [], new EmotionReading(category, []), [], null, Tone.Neutral, [], [], null);
        Assert.Equal(style, Decider.Decide(scene).Name);
    }
}
