using Easel.Pipeline.Foreground;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Text;

namespace Easel.Pipeline.Tests.Layout;

/// <summary>Placement profiles are data (foreground.json), one per element.</summary>
public sealed class ElementProfileDataTests
{
    [Fact]
    public void Every_element_has_a_profile()
    {
        var missing = Lexicon.Default.Foreground.Keys.Where(n => !ElementProfiles.All.ContainsKey(n)).ToArray();
        Assert.Empty(missing);
        Assert.All(ElementProfiles.All, p => Assert.InRange(p.Value.Scale, 0.2f, 3f));
        Assert.All(ElementProfiles.All, p => Assert.InRange(p.Value.Sink, 0f, 0.35f));
    }

    [Theory]
    [InlineData("bed")]
    [InlineData("couch")]
    [InlineData("chair")]
    [InlineData("dining table")]
    [InlineData("horse")]
    public void Top_surfaces_are_measured_from_the_current_images(string support)
    {
        // surfaces.json is generated (tools/MeasureSurfaces): an image changed without rerunning it shows here.
        using var image = AssetPack.Default.Load(support, 128)!;
        Assert.Equal(SupportTop.Measure(image), ElementProfiles.For(support).Top, 0.011f);
        Assert.InRange(ElementProfiles.For(support).Top, 0.05f, 0.8f);
    }

    [Fact]
    public void A_bed_is_stood_on_at_its_mattress_far_below_its_image_top()
    {
        Assert.InRange(ElementProfiles.For("bed").Top, 0.55f, 0.75f);
        Assert.All(ElementProfiles.All, p => Assert.InRange(p.Value.Top, 0f, 1f));
    }

    [Theory]
    [InlineData("airplane", Habitat.Sky)]
    [InlineData("kite", Habitat.Sky)]
    [InlineData("butterfly", Habitat.Sky)]
    [InlineData("sailboat", Habitat.Water)]
    [InlineData("whale", Habitat.Water)]
    [InlineData("horse", Habitat.Ground)]
    [InlineData("bench", Habitat.Ground)]
    [InlineData("person walking", Habitat.Ground)]
    [InlineData("helicopter", Habitat.Sky)]
    [InlineData("red fox", Habitat.Ground)]
    public void Habitats(string name, Habitat habitat)
    {
        Assert.Equal(habitat, ElementProfiles.For(name).Habitat);
    }

    [Fact]
    public void Sizes_keep_their_order()
    {
        Assert.True(ElementProfiles.For("tree").Scale > ElementProfiles.For("horse").Scale);
        Assert.True(ElementProfiles.For("horse").Scale > ElementProfiles.For("dog").Scale);
        Assert.True(ElementProfiles.For("dog").Scale > ElementProfiles.For("mouse").Scale);
        Assert.True(ElementProfiles.For("lighthouse").Scale > ElementProfiles.For("person").Scale);
        Assert.True(ElementProfiles.For("child").Scale < ElementProfiles.For("person").Scale);
    }
}
