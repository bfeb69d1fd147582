namespace Easel.Pipeline.Models;

/// <summary>The model slots of models.json: one per stage that a model can take over from its built-in default.</summary>
public static class ModelSlotNames
{
    public const string Stylize = "stylize";
    public const string Inpaint = "inpaint";
    public const string Sketch = "sketch";
    public const string Foreground = "foreground";

    public static IReadOnlyList<string> All { get; } = [Stylize, Inpaint, Sketch, Foreground];
}
