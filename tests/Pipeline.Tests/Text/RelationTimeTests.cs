using Easel.Pipeline.Text;

namespace Easel.Pipeline.Tests.Text;

public sealed class RelationTimeTests
{
    [Theory]
    [InlineData("a grandmother knitting on a sofa in the living room at night")]
    [InlineData("a dog on the beach at sunset")]
    public void A_time_of_day_is_never_where_a_thing_stands(string prompt)
    {
        var scene = new TextAnalyzer().Analyze(prompt);
        Assert.DoesNotContain(scene.Relations, r => r.Object is "night" or "sunset" or "sunrise" || r.Subject is "night" or "sunset" or "sunrise");
        Assert.Contains(scene.Elements, e => e.Name is "night" or "sunset");
    }
}
