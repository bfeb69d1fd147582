using Easel.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Azure.Functions.Worker;

namespace Easel.Functions;

/// <summary>
/// The page of issue 4 at <c>/</c>: files of the repository's <c>web/</c> folder, copied next to the app. Literal
/// routes (the API) take precedence over this catch-all; a path never leaves the folder.
/// </summary>
public sealed class WebPageFunction
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly string root;

    public WebPageFunction() : this(Path.Combine(AppContext.BaseDirectory, "web"))
    {
    }

    internal WebPageFunction(string root) => this.root = Path.GetFullPath(root);

    [Function("WebPage")]
    public IActionResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "{*path}")] HttpRequest request, string? path)
    {
        var relative = string.IsNullOrEmpty(path) ? "index.html" : path;
        var file = Path.GetFullPath(Path.Combine(root, relative));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.Contains('\\'))
            return new ResultAction(Problems.NotFound("No such page."));
        if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
        if (!File.Exists(file)) return new ResultAction(Problems.NotFound("No such page."));
        if (!ContentTypes.TryGetContentType(file, out var contentType)) contentType = "application/octet-stream";
        return new PhysicalFileResult(file, contentType);
    }
}
