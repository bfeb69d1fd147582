namespace Easel.Pipeline.Sketch;

/// <summary>Tuning of the <see cref="Sketcher"/>; lengths are for a 512 px image and scale with it.</summary>
/// <param name="TextureRadius">Marks thinner than 2r+1 px (stars, ripples, grass blades, snowflakes, lit windows) are
/// removed from the scenery before its edges are found.</param>
/// <param name="SceneSigma">Smoothing of the scenery before edge detection.</param>
/// <param name="SceneHigh">Gradient where a scenery line may start (per-pixel derivative, 0..1 units); it continues down to 40% of that.</param>
/// <param name="SceneMinLength">Scenery lines shorter than this (pixels of line) are dropped as detail.</param>
/// <param name="InnerSigma">Smoothing of an element's own pixels before its inner lines are found.</param>
/// <param name="InnerHigh">Gradient where an inner line may start.</param>
/// <param name="InnerMinLength">Inner lines shorter than this are dropped.</param>
public sealed record SketchSettings(
    int TextureRadius = 3,
    float SceneSigma = 1.4f,
    float SceneHigh = 0.04f,
    int SceneMinLength = 40,
    float InnerSigma = 1.1f,
    float InnerHigh = 0.028f,
    int InnerMinLength = 10)
{
    public static SketchSettings Default { get; } = new();
}
