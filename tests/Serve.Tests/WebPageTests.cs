using System.Net;

namespace Easel.Serve.Tests;

[Collection(ServeCollection.Name)]
public sealed class WebPageTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task The_page_is_served_at_the_root()
    {
        using var response = await fixture.Serve.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Easel</title>", await response.Content.ReadAsStringAsync());

        using var missing = await fixture.Serve.Client.GetAsync("/missing.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
