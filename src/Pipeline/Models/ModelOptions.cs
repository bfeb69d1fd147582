namespace Easel.Pipeline.Models;

/// <summary>Where the models are and how their sessions run. One per process.</summary>
/// <param name="Folder">The folder holding models.json (by default models/ next to the app's binaries).</param>
/// <param name="ExecutionProvider"><see cref="ExecutionProviders.Cpu"/> or <see cref="ExecutionProviders.Cuda"/>.</param>
/// <param name="IntraOpThreads">Threads per operator; 0 lets ONNX Runtime take one per core.</param>
public sealed record ModelOptions(string Folder, string ExecutionProvider = ExecutionProviders.Cpu, int IntraOpThreads = 0)
{
    /// <summary>The models/ folder copied next to every host's binaries (src/Pipeline's Content items).</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>
    /// The options a host gets without code: EASEL_MODELS (a folder with models.json; in Azure the synced copy of
    /// the models container) and EASEL_EXECUTION_PROVIDER (cpu or cuda), each falling back to the default.
    /// </summary>
    public static ModelOptions FromEnvironment()
    {
        var folder = Environment.GetEnvironmentVariable("EASEL_MODELS");
        var provider = Environment.GetEnvironmentVariable("EASEL_EXECUTION_PROVIDER");
        return new ModelOptions(
            string.IsNullOrWhiteSpace(folder) ? DefaultFolder : folder,
            string.IsNullOrWhiteSpace(provider) ? ExecutionProviders.Cpu : provider.Trim().ToLowerInvariant());
    }
}
