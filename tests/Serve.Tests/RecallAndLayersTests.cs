using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Serve.Tests;

/// <summary>Layers and recall on a real serve: a picture posted back paints the same picture again, comments included.</summary>
[Collection(ServeCollection.Name)]
public sealed class RecallAndLayersTests(AzuriteFixture fixture)
{
    private HttpClient Client => fixture.Serve.Client;

    [Fact]
    public async Task A_revised_picture_posted_back_paints_the_same_picture_and_each_revision_exports_as_layers()
    {
        var payload = await DurableHttp.StartAsync(Client, """{"prompt": "two geese on the grass by a lake", "seed": 11, "width": 128, "height": 96}""");
        var id = DurableHttp.Url(payload, "id");
        await DurableHttp.WaitForApiRevisionAsync(Client, id, 0);
        using (var revise = await Client.PostAsync($"/api/generations/{id}/revisions", DurableHttp.Json("""{"text": "make it warmer"}""")))
            Assert.Equal(HttpStatusCode.Accepted, revise.StatusCode);
        var status = await DurableHttp.WaitForApiRevisionAsync(Client, id, 1);
        var picture = await Client.GetByteArrayAsync(status["artifacts"]!["target"]!.GetValue<string>());

        // Layers: the status links them; OpenRaster's mimetype first, a layer per goose between painting and background.
        using (var layers = await Client.GetAsync(status["layers"]!.GetValue<string>()))
        {
            Assert.Equal(HttpStatusCode.OK, layers.StatusCode);
            Assert.Equal("image/openraster", layers.Content.Headers.ContentType!.MediaType);
            using var zip = new ZipArchive(await layers.Content.ReadAsStreamAsync());
            Assert.Equal("mimetype", zip.Entries[0].FullName);
            var names = XDocument.Load(zip.GetEntry("stack.xml")!.Open()).Root!.Descendants("layer").Select(l => l.Attribute("name")!.Value).ToList();
            Assert.Equal(["painting", "background"], new[] { names[0], names[^1] });
            Assert.Equal(2, names.Count(n => n.StartsWith("goose", StringComparison.Ordinal)));
        }
        using (var none = await Client.GetAsync($"/api/generations/{id}/artifacts/7/layers.ora"))
        {
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
            await DurableHttp.ProblemAsync(none);
        }

        // Recall as a multipart upload: revision 0 from the picture's parameters, then its comment replayed.
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(picture);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "picture", "target.png");
        using var start = await Client.PostAsync("/api/generations", form);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var again = System.Text.Json.Nodes.JsonNode.Parse(await start.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        var recalled = await DurableHttp.WaitForApiRevisionAsync(Client, again, 1);
        Assert.Equal("two geese on the grass by a lake", recalled["prompt"]!.GetValue<string>());
        Assert.Equal("make it warmer", recalled["history"]![1]!["text"]!.GetValue<string>());
        var repainted = await Client.GetByteArrayAsync(recalled["artifacts"]!["target"]!.GetValue<string>());
        using var a = Image.Load<Rgba32>(picture);
        using var b = Image.Load<Rgba32>(repainted);
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        var differing = 0;
        for (var y = 0; y < a.Height; y++)
            for (var x = 0; x < a.Width; x++)
                if (a[x, y] != b[x, y]) differing++;
        Assert.Equal(0, differing);
    }

    [Fact]
    public async Task A_picture_without_Easel_parameters_is_a_400_problem()
    {
        using var plain = new Image<Rgba32>(8, 8);
        using var png = new MemoryStream();
        await plain.SaveAsPngAsync(png);
        using var response = await Client.PostAsync("/api/generations",
            DurableHttp.Json($$"""{"from": "{{Convert.ToBase64String(png.ToArray())}}"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await DurableHttp.ProblemAsync(response);
        Assert.Contains("no Easel parameters", problem.RootElement.GetProperty("detail").GetString());
    }
}
