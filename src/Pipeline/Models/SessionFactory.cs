using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace Easel.Pipeline.Models;

/// <summary>Creates an ONNX Runtime session on the configured provider, falling back from CUDA to CPU with one warning.</summary>
internal static class SessionFactory
{
    public static ModelSession Create(string slot, string file, byte[] model, ModelOptions options, ILogger logger)
    {
        if (options.ExecutionProvider == ExecutionProviders.Cuda)
        {
            string reason;
            try
            {
                using var cudaOptions = BaseOptions(options);
                // CUDA first; ONNX Runtime places what CUDA cannot run on the CPU provider it always appends.
                cudaOptions.AppendExecutionProvider_CUDA(0);
                return new ModelSession(Build(slot, file, model, cudaOptions, cuda: true), ExecutionProviders.CudaProviderName, null);
            }
            catch (ModelSlotException)
            {
                throw; // a bad model stays a bad model on every provider
            }
            catch (Exception e) when (e is OnnxRuntimeException or DllNotFoundException or EntryPointNotFoundException or TypeInitializationException)
            {
                // The CPU package has no CUDA provider; the Gpu package throws when CUDA or cuDNN libraries are absent.
                reason = e.Message.ReplaceLineEndings(" ").Trim();
            }
            logger.LogWarning("Model slot {Slot}: CUDA execution provider unavailable ({Reason}); running on CPU.", slot, reason);
            using var cpuOptions = BaseOptions(options);
            return new ModelSession(Build(slot, file, model, cpuOptions, cuda: false), ExecutionProviders.CpuProviderName, reason);
        }
        using var cpu = BaseOptions(options);
        return new ModelSession(Build(slot, file, model, cpu, cuda: false), ExecutionProviders.CpuProviderName, null);
    }

    private static SessionOptions BaseOptions(ModelOptions options) => new()
    {
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        IntraOpNumThreads = options.IntraOpThreads,
        // Activities may share the session; inter-op parallelism buys nothing for a single-branch conv net.
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
    };

    private static InferenceSession Build(string slot, string file, byte[] model, SessionOptions sessionOptions, bool cuda)
    {
        try
        {
            return new InferenceSession(model, sessionOptions);
        }
        catch (OnnxRuntimeException e) when (!cuda || !IsProviderFailure(e))
        {
            throw new ModelSlotException(slot, file, "not a loadable ONNX model: " + e.Message.ReplaceLineEndings(" ").Trim(), e);
        }
    }

    // A CUDA provider that loads but cannot start (no device, missing cuDNN) fails at session creation, not when appended.
    private static bool IsProviderFailure(OnnxRuntimeException e) =>
        e.Message.Contains("CUDA", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("cudnn", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("provider", StringComparison.OrdinalIgnoreCase);
}
