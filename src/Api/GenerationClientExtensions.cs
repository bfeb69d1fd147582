using Microsoft.AspNetCore.Http;

namespace Easel.Api;

public static class GenerationClientExtensions
{
    /// <returns>The instance when it exists and the request's <see cref="Caller"/> owns it, else null: both read as 404,
    /// so an id reveals nothing to a caller who does not own it.</returns>
    public static async Task<GenerationInstance?> GetOwnedAsync(this IGenerationClient client, HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var instance = await client.GetAsync(id, cancellationToken);
        return instance is not null && Caller.Of(request.HttpContext).Owns(instance) ? instance : null;
    }
}
