using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Style;

/// <summary>Chooses the painting style from the text's elements, emotion and explicit style words, with reasons.</summary>
public sealed class StyleDecider
{
    public StyleDecision Decide(SceneDescription scene)
    {
        // Placeholder until the style stage lands.
        var name = scene.StyleRequest ?? StyleNames.Impressionism;
        return new StyleDecision(name, new Dictionary<string, double> { [name] = 1.0 }, ["default"]);
    }
}
