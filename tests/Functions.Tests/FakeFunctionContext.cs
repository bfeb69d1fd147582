using Microsoft.Azure.Functions.Worker;

namespace Easel.Functions.Tests;

/// <summary>Just enough of a FunctionContext for an activity function: an invocation id and empty binding data.</summary>
internal sealed class FakeFunctionContext : FunctionContext
{
    public override string InvocationId => "invocation";
    public override string FunctionId => "function";
    public override TraceContext TraceContext => throw new NotSupportedException();
    public override BindingContext BindingContext { get; } = new FakeBindingContext();
    public override RetryContext RetryContext => throw new NotSupportedException();
    public override IServiceProvider InstanceServices { get; set; } = null!;
    public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();
    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();
    public override IInvocationFeatures Features => throw new NotSupportedException();

    private sealed class FakeBindingContext : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData { get; } = new Dictionary<string, object?>();
    }
}
