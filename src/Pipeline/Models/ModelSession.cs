using Microsoft.ML.OnnxRuntime;

namespace Easel.Pipeline.Models;

/// <summary>
/// A slot's ONNX Runtime session, created once per process and shared: <see cref="InferenceSession.Run(IReadOnlyCollection{NamedOnnxValue})"/>
/// is safe to call from concurrent activities.
/// </summary>
/// <param name="Provider">The execution provider that runs it (CUDAExecutionProvider or CPUExecutionProvider).</param>
/// <param name="FallbackReason">Why CUDA was asked for and not used; null when the requested provider runs.</param>
public sealed record ModelSession(InferenceSession Session, string Provider, string? FallbackReason) : IDisposable
{
    public void Dispose() => Session.Dispose();
}
