namespace Easel.Api;

/// <summary>What one instance query returned: the instances (with inputs and custom status) and the engine's token for more.</summary>
public sealed record InstancePage(IReadOnlyList<GenerationInstance> Instances, string? ContinuationToken);
