namespace Easel.Pipeline.Sketch;

/// <summary>Tuning of the <see cref="Sketcher"/>; lengths are for a 512 px image and scale with it.</summary>
/// <param name="Sigma">Inner Gaussian of the DoG at 512 px; scales with the image.</param>
/// <param name="Threshold">DoG response where a line starts (0..1 intensity units).</param>
public sealed record SketchSettings(float Sigma = 1.3f, float Threshold = 0.009f, float FullInk = 0.05f, int MinComponentPixels = 45, int MinComponentExtent = 12)
{
    public static SketchSettings Default { get; } = new();
}

