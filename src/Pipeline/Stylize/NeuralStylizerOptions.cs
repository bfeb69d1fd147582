namespace Easel.Pipeline.Stylize;

/// <summary>How the neural stylizer prepares content and blends the model's output back. Defaults chosen by looking.</summary>
/// <param name="Strength">0..1 share of the stylized image over the content when the request names none.</param>
/// <param name="WorkingMaxSide">Long side the model runs at (null: the slot's contentMaxSide); larger requests are upscaled after.</param>
/// <param name="StyleMaxSide">Long side of the style reference fed to the model (null: the slot's styleMaxSide).</param>
/// <param name="LineStrength">0..1: how dark the sketch's lines are drawn into the content before the model.</param>
/// <param name="FineNoise">Amplitude (0..1 of full scale) of per-pixel grain added to the content.</param>
/// <param name="CoarseNoise">Amplitude of blotchy low-frequency texture added to the content.</param>
public sealed record NeuralStylizerOptions(
    double Strength = 0.8,
    int? WorkingMaxSide = null,
    int? StyleMaxSide = null,
    double LineStrength = 0.45,
    double FineNoise = 0.05,
    double CoarseNoise = 0.03)
{
    public static NeuralStylizerOptions Default { get; } = new();
}
