namespace Easel.Pipeline.Style;

/// <summary>The painting styles of the manifest contract.</summary>
public static class StyleNames
{
    public const string Impressionism = "impressionism";
    public const string Realism = "realism";
    public const string Fauvism = "fauvism";
    public const string Abstract = "abstract";
    public const string UkiyoE = "ukiyo-e";
    public const string ChineseInk = "chinese-ink";
    public const string Romanticism = "romanticism";
    public const string Watercolor = "watercolor";
    public const string Pointillism = "pointillism";

    public static IReadOnlyList<string> All { get; } =
        [Impressionism, Realism, Fauvism, Abstract, UkiyoE, ChineseInk, Romanticism, Watercolor, Pointillism];

    public static bool IsKnown(string name) => All.Contains(name);
}
