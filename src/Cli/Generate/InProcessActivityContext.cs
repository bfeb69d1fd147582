using Microsoft.DurableTask;

namespace Easel.Cli.Generate;

sealed class InProcessActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name => name;

    public override string InstanceId => instanceId;
}
