using Microsoft.AspNetCore.Http;

namespace Easel.Api;

internal static class ResultExtensions
{
    public static IResult WithLocation(this IResult result, string location) => new HeaderResult(result, "Location", location);

    public static IResult WithHeader(this IResult result, string name, string value) => new HeaderResult(result, name, value);
}
