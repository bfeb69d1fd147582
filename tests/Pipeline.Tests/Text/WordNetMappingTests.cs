using Easel.Pipeline.Scene;
using Easel.Pipeline.Text;

namespace Easel.Pipeline.Tests.Text;

/// <summary>Nouns the lexicon does not know reach a drawable element through WordNet (Text/Data/wordnet.json).</summary>
public sealed class WordNetMappingTests
{
    private static readonly TextAnalyzer Analyzer = new();

    // Held out: none of these words is in curated.txt, foreground.json or background.json.
    [Theory]
    [InlineData("a sedan parked on the street", "sedan", "car")]
    [InlineData("a limousine", "limousine", "car")]
    [InlineData("a toddler in the garden", "toddler", "child")]
    [InlineData("an accountant", "accountant", "person")]
    [InlineData("three salmon in the river", "salmon", "fish")]
    [InlineData("a jeep in the desert", "jeep", "car")]
    [InlineData("two terriers and a tabby", "terrier", "dog")]
    [InlineData("a catamaran", "catamaran", "sailboat")]
    [InlineData("an old minivan", "minivan", "car")]
    public void Unknown_nouns_map_to_the_nearest_element(string prompt, string word, string element)
    {
        var scene = Analyzer.Analyze(prompt);
        var e = scene.Elements.SingleOrDefault(x => x.Name == element)
            ?? throw new Xunit.Sdk.XunitException($"no {element} in [{string.Join(", ", scene.Elements.Select(x => x.Name))}]");
        Assert.NotNull(e.MappedFrom);
        Assert.Equal(word, e.MappedFrom!.Word);
        Assert.True(e.MappedFrom.Relation is "synonym" or "hypernym", e.MappedFrom.Relation);
        Assert.False(string.IsNullOrEmpty(e.MappedFrom.Via));
        Assert.True(Lexicon.Default.HasAsset(element) || e.Role == ElementRole.Background);
    }

    [Fact]
    public void Plural_and_count_carry_over()
    {
        var e = Analyzer.Analyze("two limousines").Foreground.Single();
        Assert.Equal("car", e.Name);
        Assert.Equal(2, e.Count);
    }

    [Theory]
    [InlineData("a photo of a dog")]
    [InlineData("a picture of a dog")]
    [InlineData("a dog running fast")]
    [InlineData("a dog on the left side")]
    public void Words_about_the_picture_or_not_in_noun_position_map_to_nothing(string prompt)
    {
        var scene = Analyzer.Analyze(prompt);
        Assert.Equal(["dog"], scene.Foreground.Select(e => e.Name));
        Assert.All(scene.Elements, e => Assert.Null(e.MappedFrom));
    }

    [Fact]
    public void Known_words_are_never_remapped()
    {
        var scene = Analyzer.Analyze("a puppy and a cottage");
        Assert.Contains(scene.Foreground, e => e.Name == "dog" && e.MappedFrom is null);
        Assert.Contains(scene.Foreground, e => e.Name == "house" && e.MappedFrom is null);
    }
}
