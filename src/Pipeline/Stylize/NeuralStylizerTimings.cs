namespace Easel.Pipeline.Stylize;

/// <summary>Where one neural stylize spent its time, in milliseconds (filled in by the benchmark's calls).</summary>
public sealed class NeuralStylizerTimings
{
    public double PrepareMs { get; set; }
    public double ModelMs { get; set; }
    public double FinishMs { get; set; }
    public double TotalMs => PrepareMs + ModelMs + FinishMs;
}
