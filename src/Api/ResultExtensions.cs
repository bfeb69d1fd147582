using Microsoft.AspNetCore.Http;

namespace Easel.Api;

internal static class ResultExtensions
{
    public static IResult WithLocation(this IResult result, string location) => new LocationResult(result, location);
}
