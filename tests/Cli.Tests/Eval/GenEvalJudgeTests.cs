using Easel.Cli.Eval.GenEval;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Cli.Tests.Eval;

public class GenEvalJudgeTests
{
    private static DetectedObject Box(float x, float y, float size, string? color = null) => new(x, y, x + size, y + size, color);

    private static GenEvalPrompt Parse(string line) =>
        System.Text.Json.JsonSerializer.Deserialize<GenEvalPrompt>(line, System.Text.Json.JsonSerializerOptions.Web)!;

    [Fact]
    public void Relative_position_follows_GenEvals_rule_with_its_size_threshold()
    {
        var left = Box(0, 100, 50);
        Assert.Equal(["left of"], GenEvalJudge.RelativePosition(left, Box(200, 100, 50)));
        Assert.Equal(["above"], GenEvalJudge.RelativePosition(Box(100, 0, 50), Box(100, 200, 50)));
        // Centres 8 px apart with boxes of 50: within 10% of the summed sizes, so no relation at all.
        Assert.Empty(GenEvalJudge.RelativePosition(Box(0, 0, 50), Box(8, 0, 50)));
        // A diagonal offset counts in both directions only when each component is large enough.
        Assert.Equal(["below", "right of"], GenEvalJudge.RelativePosition(Box(300, 300, 20), Box(0, 0, 20)).Order());
    }

    [Fact]
    public void Counting_needs_the_exact_count_through_the_exclude_rule()
    {
        var prompt = Parse("""{"tag": "counting", "include": [{"class": "cup", "count": 3}], "exclude": [{"class": "cup", "count": 4}], "prompt": "a photo of three cups"}""");
        var three = new Dictionary<string, IReadOnlyList<DetectedObject>> { ["cup"] = [Box(0, 0, 10), Box(20, 0, 10), Box(40, 0, 10)] };
        var four = new Dictionary<string, IReadOnlyList<DetectedObject>> { ["cup"] = [.. three["cup"], Box(60, 0, 10)] };
        var two = new Dictionary<string, IReadOnlyList<DetectedObject>> { ["cup"] = [Box(0, 0, 10), Box(20, 0, 10)] };
        Assert.True(GenEvalJudge.Judge(prompt, three).Correct);
        Assert.False(GenEvalJudge.Judge(prompt, four).Correct);
        Assert.False(GenEvalJudge.Judge(prompt, two).Correct);
    }

    [Fact]
    public void Colour_and_position_are_checked_against_the_named_other_object()
    {
        var prompt = Parse("""{"tag": "position", "include": [{"class": "dog", "count": 1}, {"class": "teddy bear", "count": 1, "position": ["right of", 0]}], "prompt": "a photo of a teddy bear right of a dog"}""");
        var right = new Dictionary<string, IReadOnlyList<DetectedObject>> { ["dog"] = [Box(0, 0, 40)], ["teddy bear"] = [Box(200, 0, 40)] };
        var wrong = new Dictionary<string, IReadOnlyList<DetectedObject>> { ["dog"] = [Box(200, 0, 40)], ["teddy bear"] = [Box(0, 0, 40)] };
        Assert.True(GenEvalJudge.Judge(prompt, right).Correct);
        var (correct, reasons) = GenEvalJudge.Judge(prompt, wrong);
        Assert.False(correct);
        Assert.Contains("expected teddy bear right of dog", reasons);

        var colour = Parse("""{"tag": "colors", "include": [{"class": "car", "count": 1, "color": "red"}], "prompt": "a photo of a red car"}""");
        Assert.True(GenEvalJudge.Judge(colour, new Dictionary<string, IReadOnlyList<DetectedObject>> { ["car"] = [Box(0, 0, 9, "red")] }).Correct);
        Assert.False(GenEvalJudge.Judge(colour, new Dictionary<string, IReadOnlyList<DetectedObject>> { ["car"] = [Box(0, 0, 9, "blue")] }).Correct);
    }

    [Theory]
    [InlineData(220, 30, 30, "red")]
    [InlineData(250, 140, 20, "orange")]
    [InlineData(240, 220, 40, "yellow")]
    [InlineData(40, 160, 60, "green")]
    [InlineData(40, 90, 220, "blue")]
    [InlineData(130, 50, 190, "purple")]
    [InlineData(245, 150, 190, "pink")]
    [InlineData(120, 75, 40, "brown")]
    [InlineData(20, 20, 25, "black")]
    [InlineData(240, 240, 235, "white")]
    [InlineData(128, 128, 128, "grey")]
    public void Pixels_get_the_colour_name_a_person_would_give(byte r, byte g, byte b, string expected) =>
        Assert.Equal(expected, ColorNames.Of(new Rgba32(r, g, b)));
}
