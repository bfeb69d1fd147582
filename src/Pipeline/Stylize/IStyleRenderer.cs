using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Stylize;

/// <summary>Paints the whole picture in one style, uniformly (no per-element cases).</summary>
public interface IStyleRenderer
{
    /// <summary>One of the style names.</summary>
    string Style { get; }

    RgbPlanes Render(StyleContext context);
}
