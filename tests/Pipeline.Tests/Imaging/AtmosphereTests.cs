using Easel.Pipeline.Imaging;
using Easel.Pipeline.Text;

namespace Easel.Pipeline.Tests.Imaging;

/// <summary>The light the scene's things are seen in.</summary>
public sealed class AtmosphereTests
{
    private static readonly TextAnalyzer Analyzer = new();

    private static float Luma(Rgb c) => 0.3f * c.R + 0.59f * c.G + 0.11f * c.B;

    [Theory]
    [InlineData("a teddy bear in the bedroom at night")]
    [InlineData("a cat on a sofa in the living room at night")]
    public void Indoors_at_night_things_are_lit_by_the_lamp_not_the_moon(string prompt)
    {
        var scene = Analyzer.Analyze(prompt);
        Assert.True(SettingChooser.Default.IsIndoor(scene.Setting), scene.Setting);
        var tint = Atmosphere.For(scene, 0.5f).SpriteTint;
        Assert.True(Luma(tint) > 0.75f, $"sprite tint {tint}");
        Assert.True(tint.R >= tint.B, $"lamp light is warm: {tint}");
    }

    [Fact]
    public void Outdoors_the_night_still_darkens_things()
    {
        var tint = Atmosphere.For(Analyzer.Analyze("a teddy bear in the meadow at night"), 0.5f).SpriteTint;
        Assert.True(Luma(tint) < 0.65f, $"sprite tint {tint}");
    }
}
