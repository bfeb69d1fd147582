using Microsoft.AspNetCore.Http;

namespace Easel.Api;

/// <summary>RFC 9457 problem details for every error the API returns: a title, one readable line of detail, never a stack trace.</summary>
public static class Problems
{
    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "The request is not valid.", detail);

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found.", detail);

    public static IResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, "The generation is not in a state that allows this.", detail);

    public static IResult Gone(string detail) => Problem(StatusCodes.Status410Gone, "The generation has ended.", detail);

    public static IResult TooLarge(long limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", $"Request bodies are limited to {limit} bytes.");

    public static IResult Internal() =>
        Problem(StatusCodes.Status500InternalServerError, "Something went wrong on our side.", "The error was logged; please try again.");

    public static IResult Problem(int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title);
}
