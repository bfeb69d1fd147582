using System.Net.Sockets;
using Azure;

namespace Easel.Api;

/// <summary>Tells a storage outage (refused connections, timeouts, 5xx from the storage service) from a bug.</summary>
public static class StorageFaults
{
    /// <summary>How long a client should wait before retrying while storage is down.</summary>
    public static TimeSpan RetryAfter { get; } = TimeSpan.FromSeconds(5);

    public static bool IsStorageFault(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RequestFailedException failed when failed.Status is 0 or >= 500:
                case HttpRequestException:
                case SocketException:
                case TimeoutException:
                case StorageUnavailableException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsStorageFault):
                    return true;
            }
            // DurableTask.AzureStorage wraps the storage SDK's failures in its own DurableTaskStorageException.
            if (e.GetType().Name == "DurableTaskStorageException") return true;
        }
        return false;
    }
}
