namespace Easel.Api;

/// <summary>
/// The API's OpenAPI 3.1 document (<c>GET /api/openapi.json</c>), checked in next to this file: the Functions app has
/// no endpoint model to generate it from, and one document must describe both hosts. Tests hold it to the routes
/// both hosts register and validate real responses against its schemas.
/// </summary>
public static class OpenApiDocument
{
    public const string ResourceName = "Easel.Api.OpenApi.openapi.json";

    /// <summary>The document's UTF-8 bytes.</summary>
    public static byte[] Json { get; } = Load();

    private static byte[] Load()
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The OpenAPI document ({ResourceName}) is not embedded.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
