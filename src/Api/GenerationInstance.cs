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
}
