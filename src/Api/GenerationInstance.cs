using Easel.Pipeline.Orchestration;

namespace Easel.Api;

/// <summary>An orchestration instance as both engines report it; the serialized fields are JSON as the engine stored them.</summary>
public sealed record GenerationInstance(
    string InstanceId,
    string Name,
    RuntimeStatus RuntimeStatus,
    DateTimeOffset CreatedTime,
    DateTimeOffset LastUpdatedTime,
    string? SerializedInput,
    string? SerializedOutput,
    string? SerializedCustomStatus,
    string? FailureMessage = null)
{
    /// <summary>Completed, failed or terminated: nothing will run again.</summary>
    public bool IsTerminal => RuntimeStatus is RuntimeStatus.Completed or RuntimeStatus.Failed or RuntimeStatus.Terminated or RuntimeStatus.Canceled;

    /// <summary>The owner tag the instance was started with (<see cref="Caller.Owner"/>), carried in its input.</summary>
    public string? Owner => ApiJson.TryDeserialize<PaintInput>(SerializedInput)?.Request.Owner;
}
