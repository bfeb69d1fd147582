using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Easel.Api;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Microsoft.Extensions.Logging.Abstractions;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Functions.Tests;

/// <summary>Recall (start again from a picture's parameters) and layers.ora, through the Functions app's triggers.</summary>
public sealed class RecallAndLayersTests : IDisposable
{
    private const string Id = "0123456789abcdef0123456789abcdef";
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Data", "goose-r1");
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"easel-functions-{Guid.NewGuid():N}");
    private readonly FakeDurableClient client = new();
    private readonly GenerationFunctions functions;

    public RecallAndLayersTests() =>
        functions = new GenerationFunctions(new FileArtifactStore(folder), NullLoggerFactory.Instance, new ApiOptions(), new RequestLimits(new ApiOptions()), new FunctionsAuth(null));

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private static byte[] Picture => File.ReadAllBytes(Path.Combine(Data, "target.png"));

    [Fact]
    public async Task From_a_picture_starts_with_its_parameters_and_replays_its_comments()
    {
        var request = Http.Request("POST", "/api/generations", $$"""{"from": "{{Convert.ToBase64String(Picture)}}"}""");
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));

        Assert.Equal(202, response.Status);
        var input = Assert.IsType<PaintInput>(Assert.Single(client.Scheduled).Input);
        Assert.Equal(("a goose on the grass by a lake", 5, 96, 96, "procedural"),
            (input.Request.Prompt, input.Request.Seed, input.Request.Width, input.Request.Height, input.Request.Stylizer));
        Assert.Null(input.Request.Style); // the text chose the style; it will again
        Assert.Equal(["make it warmer"], input.Replay!);
    }

    [Fact]
    public async Task Other_fields_override_the_pictures_and_a_data_url_is_accepted()
    {
        var request = Http.Request("POST", "/api/generations",
            $$"""{"from": "data:image/png;base64,{{Convert.ToBase64String(Picture)}}", "seed": 9, "style": "watercolor"}""");
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));

        Assert.Equal(202, response.Status);
        var paint = Assert.IsType<PaintInput>(Assert.Single(client.Scheduled).Input).Request;
        Assert.Equal((9, "watercolor", "a goose on the grass by a lake"), (paint.Seed, paint.Style, paint.Prompt));
    }

    [Fact]
    public async Task A_multipart_upload_of_the_picture_recalls_it_too()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Picture);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "picture", "target.png");
        var body = await form.ReadAsByteArrayAsync();
        var request = Http.Request("POST", "/api/generations", body, form.Headers.ContentType!.ToString());
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));

        Assert.Equal(202, response.Status);
        Assert.Equal(5, Assert.IsType<PaintInput>(Assert.Single(client.Scheduled).Input).Request.Seed);
    }

    [Fact]
    public async Task A_picture_without_Easel_parameters_is_a_400_that_says_so()
    {
        using var plain = new Image<Rgba32>(8, 8);
        using var png = new MemoryStream();
        await plain.SaveAsPngAsync(png);
        var request = Http.Request("POST", "/api/generations", $$"""{"from": "{{Convert.ToBase64String(png.ToArray())}}"}""");
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));

        response.AssertProblem(400);
        Assert.Contains("no Easel parameters", response.Json.GetProperty("detail").GetString());
        Assert.Empty(client.Scheduled);
    }

    [Theory]
    [InlineData("""{"from": "not base64!"}""", "base64")]
    [InlineData("""{"from": 7}""", "base64 string")]
    [InlineData("""{"from": "aGVsbG8="}""", "could not be read")]
    public async Task A_bad_picture_is_a_400(string body, string detail)
    {
        var request = Http.Request("POST", "/api/generations", body);
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));
        response.AssertProblem(400);
        Assert.Contains(detail, response.Json.GetProperty("detail").GetString());
        Assert.Empty(client.Scheduled);
    }

    [Fact]
    public async Task A_large_body_without_a_picture_keeps_the_small_limit()
    {
        var request = Http.Request("POST", "/api/generations", $$"""{"prompt": "a goose", "style": "{{new string('a', 20_000)}}"}""");
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));
        response.AssertProblem(413);
    }

    [Fact]
    public async Task Layers_ora_is_built_from_the_revisions_artifacts()
    {
        client.Instances[Id] = GenerationFunctionsTests.Running(Id, new PaintInput(new PaintRequest("a goose", 5, ArtifactPrefix: Id)), null);
        var store = new FileArtifactStore(folder);
        foreach (var file in Directory.GetFiles(Data))
            await store.WriteAsync(ArtifactKeys.For(Id, 1, Path.GetFileName(file)), await File.ReadAllBytesAsync(file), "application/octet-stream");

        var request = Http.Request("GET", $"/api/generations/{Id}/artifacts/1/layers.ora");
        var response = await Http.ExecuteAsync(request, await functions.Artifact(request, Id, "1", "layers.ora", client, default));

        Assert.Equal(200, response.Status);
        Assert.Equal("image/openraster", response.ContentType);
        var bytes = ((MemoryStream)request.HttpContext.Response.Body).ToArray();
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        Assert.Equal("image/openraster", new StreamReader(zip.Entries[0].Open(), Encoding.ASCII).ReadToEnd());
        var layers = XDocument.Load(zip.GetEntry("stack.xml")!.Open()).Root!.Descendants("layer").Select(l => l.Attribute("name")!.Value).ToList();
        Assert.Equal(["painting", "goose", "background"], layers);

        // Someone else's generation, or a revision that does not exist: 404.
        var missing = Http.Request("GET", $"/api/generations/{Id}/artifacts/4/layers.ora");
        (await Http.ExecuteAsync(missing, await functions.Artifact(missing, Id, "4", "layers.ora", client, default))).AssertProblem(404);
        var stranger = Http.Request("GET", $"/api/generations/{Id}/artifacts/1/layers.ora", functionKey: "someone else");
        (await Http.ExecuteAsync(stranger, await functions.Artifact(stranger, Id, "1", "layers.ora", client, default))).AssertProblem(404);
    }
}
