using Easel.Pipeline.Models;
using Easel.Pipeline.Style;
using Easel.Pipeline.Stylize;

namespace Easel.Pipeline.Tests.Stylize;

public sealed class StylizerCatalogTests
{
    [Fact]
    public void Without_a_model_every_choice_is_procedural()
    {
        var catalog = new StylizerCatalog(new ProceduralStylizer());
        foreach (var choice in StylizerCatalog.Choices)
            foreach (var style in StyleNames.All)
                Assert.Equal("procedural", catalog.Resolve(choice, style).Kind);
    }

    [Fact]
    public void Neural_is_used_when_asked_and_auto_follows_the_preference_table()
    {
        using var registry = ModelRegistry.Load(new ModelOptions(ModelOptions.DefaultFolder));
        var procedural = new ProceduralStylizer();
        var catalog = new StylizerCatalog(procedural, new NeuralStylizer(registry.Slot(ModelSlotNames.Stylize)!, procedural));
        foreach (var style in StyleNames.All)
        {
            Assert.Equal("procedural", catalog.Resolve("procedural", style).Kind);
            Assert.Equal("neural", catalog.Resolve("neural", style).Kind);
            var expected = StylizerCatalog.AutoNeuralStyles.Contains(style) ? "neural" : "procedural";
            Assert.Equal(expected, catalog.Resolve("auto", style).Kind);
        }
        Assert.Throws<ArgumentException>(() => catalog.Resolve("magic", StyleNames.Realism));
    }

    [Fact]
    public void Default_catalog_loads_the_shipped_models_lazily()
    {
        var catalog = StylizerCatalog.CreateDefault(new ModelOptions(ModelOptions.DefaultFolder));
        Assert.NotNull(catalog.NeuralStylizer);
        Assert.False(catalog.NeuralStylizer.Slot.IsOpen); // nothing loaded until a neural stylize runs
        var empty = Directory.CreateTempSubdirectory("easel-nomodels-").FullName;
        try
        {
            Assert.Null(StylizerCatalog.CreateDefault(new ModelOptions(empty)).NeuralStylizer);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }
}
