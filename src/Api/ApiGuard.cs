using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Easel.Api;

/// <summary>
/// Runs one API handler and turns whatever escapes it into problem+json: the host's own rejections of a malformed body
/// (bad chunking, too large, too slow) keep their 400/413/408, a storage outage or a storage call past its deadline is a
/// 503 with Retry-After, and only a real bug is a 500 — never with a stack trace.
/// </summary>
internal static class ApiGuard
{
    public static async Task<IResult> RunAsync(ILogger logger, TimeSpan storageTimeout, CancellationToken requestAborted, Func<CancellationToken, Task<IResult>> handler)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        deadline.CancelAfter(storageTimeout);
        try
        {
            return await handler(deadline.Token);
        }
        catch (BadHttpRequestException e)
        {
            return Problems.Problem(e.StatusCode, "The request could not be read.", BadBodyDetail(e.StatusCode));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !requestAborted.IsCancellationRequested)
        {
            logger.LogWarning("Storage did not answer within {Timeout}", storageTimeout);
            return Problems.StorageUnavailable(StorageFaults.RetryAfter);
        }
        catch (Exception e) when (e is not OperationCanceledException && StorageFaults.IsStorageFault(e))
        {
            logger.LogWarning("Storage unavailable: {Message}", e.GetBaseException().Message);
            return Problems.StorageUnavailable(StorageFaults.RetryAfter);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Request failed");
            return Problems.Internal();
        }
    }

    private static string BadBodyDetail(int status) => status switch
    {
        StatusCodes.Status408RequestTimeout => "The request body arrived too slowly.",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        _ => "The request body is malformed (for example a bad chunk or a truncated body).",
    };
}
