namespace Easel.Pipeline.Models;

/// <summary>Where the models are and how their sessions run. One per process.</summary>
/// <param name="Folder">The folder holding models.json (by default models/ next to the app's binaries).</param>
/// <param name="ExecutionProvider"><see cref="ExecutionProviders.Cpu"/> or <see cref="ExecutionProviders.Cuda"/>.</param>
/// <param name="IntraOpThreads">Threads per operator; 0 lets ONNX Runtime take one per core.</param>
public sealed record ModelOptions(string Folder, string ExecutionProvider = ExecutionProviders.Cpu, int IntraOpThreads = 0)
{
    /// <summary>The models/ folder copied next to every host's binaries (src/Pipeline's Content items).</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>The built-in default: the models/ folder next to the binaries, on the CPU. Hosts read theirs from configuration.</summary>
    public static ModelOptions Default { get; } = new(DefaultFolder);
}
