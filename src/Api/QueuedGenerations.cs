using System.Collections.Concurrent;

namespace Easel.Api;

/// <summary>
/// Admission control: the generations this process started whose first painting is not finished yet. Beyond the
/// bound a start is refused with 503 + Retry-After rather than queued behind work that would take minutes. Entries
/// leave when a status read shows the painting ready (or ended); when the bound is reached, the engine is asked about
/// each entry (at most once a second), so a client that never polls does not hold its slot for ever.
/// </summary>
public sealed class QueuedGenerations(int max) : IDisposable
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, byte> ids = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim sweeping = new(1, 1);
    private DateTime lastSweep = DateTime.MinValue;

    public int Max { get; } = Math.Max(1, max);

    public int Count => ids.Count;

    /// <returns>True when one more generation may start now.</returns>
    public async Task<bool> HasRoomAsync(IGenerationClient client, CancellationToken cancellationToken)
    {
        if (ids.Count < Max) return true;
        if (!await sweeping.WaitAsync(0, cancellationToken)) return false;
        try
        {
            if (DateTime.UtcNow - lastSweep >= SweepInterval)
            {
                lastSweep = DateTime.UtcNow;
                foreach (var id in ids.Keys)
                {
                    var instance = await client.GetAsync(id, cancellationToken);
                    if (instance is null || IsPainted(instance)) ids.TryRemove(id, out _);
                }
            }
            return ids.Count < Max;
        }
        finally
        {
            sweeping.Release();
        }
    }

    public void Started(string id) => ids.TryAdd(id, 0);

    /// <summary>Called with every instance a status read sees: a painted or ended one no longer counts.</summary>
    public void Observed(GenerationInstance instance)
    {
        if (ids.ContainsKey(instance.InstanceId) && IsPainted(instance)) ids.TryRemove(instance.InstanceId, out _);
    }

    public void Forget(string id) => ids.TryRemove(id, out _);

    private static bool IsPainted(GenerationInstance instance) => instance.IsTerminal || StatusShaper.Shape(instance).Ready;

    public void Dispose() => sweeping.Dispose();
}
