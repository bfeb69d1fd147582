using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Easel.Api;

/// <summary>RFC 9457 problem details for every error the API returns: a title, one readable line of detail, never a stack trace.</summary>
public static class Problems
{
    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "The request is not valid.", detail);

    public static IResult Unauthorized(string detail) =>
        Problem(StatusCodes.Status401Unauthorized, "An API key is required.", detail).WithHeader("WWW-Authenticate", "Bearer");

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found.", detail);

    public static IResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, "The generation is not in a state that allows this.", detail);

    public static IResult Gone(string detail) => Problem(StatusCodes.Status410Gone, "The generation has ended.", detail);

    public static IResult TooLarge(long limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", $"Request bodies are limited to {limit} bytes.");

    public static IResult UnsupportedMediaType() =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON.", "Send the body as 'Content-Type: application/json' (UTF-8).");

    public static IResult TooManyRequests(TimeSpan retryAfter, string detail) =>
        Problem(StatusCodes.Status429TooManyRequests, "Too many requests.", detail).WithRetryAfter(retryAfter);

    /// <summary>503: the durable store (Azurite or the storage account) cannot be reached or does not answer in time.</summary>
    public static IResult StorageUnavailable(TimeSpan retryAfter) =>
        Problem(StatusCodes.Status503ServiceUnavailable, "Storage unavailable.",
            "The generations' storage is not answering; nothing you sent was lost. Please try again shortly.").WithRetryAfter(retryAfter);

    public static IResult Busy(TimeSpan retryAfter, string detail) =>
        Problem(StatusCodes.Status503ServiceUnavailable, "Busy.", detail).WithRetryAfter(retryAfter);

    public static IResult Internal() =>
        Problem(StatusCodes.Status500InternalServerError, "Something went wrong on our side.", "The error was logged; please try again.");

    public static IResult Problem(int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title);

    public static IResult WithRetryAfter(this IResult result, TimeSpan retryAfter) =>
        result.WithHeader("Retry-After", Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
}
