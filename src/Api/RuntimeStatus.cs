namespace Easel.Api;

/// <summary>Durable's runtime statuses, spelled as both engines spell them (the management API prints these names).</summary>
public enum RuntimeStatus
{
    Running,
    Completed,
    ContinuedAsNew,
    Failed,
    Canceled,
    Terminated,
    Pending,
    Suspended,
    Unknown,
}
