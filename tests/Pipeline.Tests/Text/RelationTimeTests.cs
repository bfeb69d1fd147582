using Easel.Pipeline.Text;

namespace Easel.Pipeline.Tests.Text;

public sealed class RelationTimeTests
{
    [Theory]
    [InlineData("a grandmother knitting on a sofa in the living room at night")]
    [InlineData("a dog on the beach at sunset")]
    [InlineData("a deer in the forest in autumn")]
    [InlineData("a bridge over a river in spring")]
    public void A_time_of_day_is_never_where_a_thing_stands(string prompt)
    {
        var scene = new TextAnalyzer().Analyze(prompt);
        string[] when = ["night", "sunset", "sunrise", "autumn", "spring"];
        Assert.DoesNotContain(scene.Relations, r => when.Contains(r.Object) || when.Contains(r.Subject));
        Assert.Contains(scene.Elements, e => when.Contains(e.Name));
    }
}
