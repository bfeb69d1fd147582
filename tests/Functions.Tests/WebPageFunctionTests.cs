using Microsoft.AspNetCore.Mvc;

namespace Easel.Functions.Tests;

public sealed class WebPageFunctionTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), $"easel-web-{Guid.NewGuid():N}");

    public WebPageFunctionTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "web", "css"));
        File.WriteAllText(Path.Combine(root, "web", "index.html"), "<!doctype html><title>Easel</title>");
        File.WriteAllText(Path.Combine(root, "web", "css", "page.css"), "body{}");
        File.WriteAllText(Path.Combine(root, "secret.txt"), "not for the web");
    }

    [Theory]
    [InlineData(null, "index.html", "text/html")]
    [InlineData("", "index.html", "text/html")]
    [InlineData("css/page.css", "page.css", "text/css")]
    public void Serves_files_of_the_web_folder(string? path, string file, string contentType)
    {
        var function = new WebPageFunction(Path.Combine(root, "web"));
        var result = Assert.IsType<PhysicalFileResult>(function.Get(Http.Request("GET", "/" + path), path));
        Assert.Equal(file, Path.GetFileName(result.FileName));
        Assert.Equal(contentType, result.ContentType);
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("css/../../secret.txt")]
    [InlineData("missing.html")]
    [InlineData("..")]
    public async Task Nothing_outside_the_folder(string path)
    {
        var function = new WebPageFunction(Path.Combine(root, "web"));
        var request = Http.Request("GET", "/" + path);
        var response = await Http.ExecuteAsync(request, function.Get(request, path));
        response.AssertProblem(404);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
