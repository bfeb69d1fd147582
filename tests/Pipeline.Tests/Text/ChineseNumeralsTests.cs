using Easel.Pipeline.Text;

namespace Easel.Pipeline.Tests.Text;

/// <summary>Chinese counts: numeral + classifier, with grammar.json's rules for collectives and pairs.</summary>
public sealed class ChineseNumeralsTests
{
    private static readonly ChineseNumerals Numerals = Lexicon.Default.Numerals;

    [Theory]
    [InlineData("三只", 3)]
    [InlineData("两匹", 2)]
    [InlineData("十二头", 12)]
    [InlineData("二十条", 20)]
    [InlineData("一百只", 50)] // at most 50 of anything
    [InlineData("一群", 5)] // a flock is at least five
    [InlineData("八群", 8)]
    [InlineData("一队", 5)]
    [InlineData("一对", 2)] // a pair is two of each
    [InlineData("三双", 6)]
    public void A_numeral_and_a_classifier_read_as_a_count(string text, int count)
    {
        Assert.True(Numerals.TryRead(text, 0, out var length, out var read));
        Assert.Equal(text.Length, length);
        Assert.Equal(count, read);
    }

    [Theory]
    [InlineData("三")] // no classifier
    [InlineData("三鹅")] // not a classifier
    [InlineData("只")] // no numeral
    public void Without_numeral_and_classifier_there_is_no_count(string text)
    {
        Assert.False(Numerals.TryRead(text, 0, out _, out _));
    }

    [Theory]
    [InlineData("一群羊在草地上", "sheep", 5)]
    [InlineData("两对天鹅在湖上", "swan", 4)]
    public void The_analyzer_counts_what_the_classifier_says(string prompt, string element, int count)
    {
        var scene = new TextAnalyzer().Analyze(prompt);
        Assert.Equal(count, Assert.Single(scene.Elements, e => e.Name == element).Count);
    }
}
