namespace Easel.Pipeline.Models;

/// <summary>The execution providers a model session can be asked for, and the names ONNX Runtime reports.</summary>
public static class ExecutionProviders
{
    /// <summary>CPU only.</summary>
    public const string Cpu = "cpu";

    /// <summary>CUDA first, with the CPU provider behind it for the operators CUDA lacks (GPU workers).</summary>
    public const string Cuda = "cuda";

    public const string CpuProviderName = "CPUExecutionProvider";
    public const string CudaProviderName = "CUDAExecutionProvider";

    public static bool IsKnown(string name) => name is Cpu or Cuda;
}
