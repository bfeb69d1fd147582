using Microsoft.DurableTask;

namespace Easel.Functions;

/// <summary>The activity context Pipeline's activities receive when a Functions activity trigger calls them.</summary>
internal sealed class FunctionActivityContext(string name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = new(name);

    public override string InstanceId { get; } = instanceId;
}
