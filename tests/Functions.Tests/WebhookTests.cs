using System.Net;
using Easel.Api;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Webhooks;
using Microsoft.Extensions.Logging.Abstractions;

namespace Easel.Functions.Tests;

/// <summary>Webhook settings, targets and signatures, and the Functions app's start trigger with a <c>callbackUrl</c>.</summary>
public sealed class WebhookTests
{
    private static readonly byte[] Secret = Convert.FromBase64String("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    [Fact]
    public void The_signature_is_Standard_Webhooks_own_example()
    {
        // The example of the Standard Webhooks specification's reference libraries.
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
            WebhookSignature.Sign(Secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, """{"test": 2432232314}"""));
        Assert.Equal(Secret, WebhookSettings.ParseSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    }

    [Theory]
    [InlineData("https://hooks.example.com/easel", false, null)]
    [InlineData("http://127.0.0.1:9000/hook", false, "loopback")]
    [InlineData("http://localhost/hook", false, "loopback")]
    [InlineData("http://10.1.2.3/hook", false, "private")]
    [InlineData("http://192.168.0.9/hook", false, "private")]
    [InlineData("http://169.254.169.254/latest/meta-data", false, "private")]
    [InlineData("http://[::1]/hook", false, "loopback")]
    [InlineData("http://[fd00::1]/hook", false, "private")]
    [InlineData("http://127.0.0.1:9000/hook", true, null)]
    [InlineData("ftp://example.com/hook", false, "http or https")]
    [InlineData("https://user:pw@example.com/", false, "user name")]
    public void Private_and_loopback_targets_are_refused_unless_allowed(string url, bool allowPrivate, string? problem)
    {
        var found = new WebhookSettings(Secret, allowPrivate).Problem(url);
        if (problem is null) Assert.Null(found);
        else Assert.Contains(problem, found);
    }

    [Fact]
    public void A_host_without_a_secret_sends_no_webhooks() =>
        Assert.Contains(WebhookSettings.SecretVariable, WebhookSettings.None.Problem("https://hooks.example.com/"));

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("100.64.0.1", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("2606:4700::1111", true)]
    public void Addresses_are_public_only_outside_the_reserved_ranges(string address, bool isPublic) =>
        Assert.Equal(isPublic, WebhookTargets.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_not_connected_to()
    {
        using var client = WebhookTargets.CreateClient(new WebhookSettings(Secret), TimeSpan.FromSeconds(5));
        var e = await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync("http://localhost:9/hook", new StringContent("{}")));
        Assert.Contains("private or reserved", e.Message);
    }

    [Theory]
    [InlineData(true, "https://hooks.example.com/easel", 202)]
    [InlineData(true, "http://127.0.0.1:9/hook", 400)]
    [InlineData(false, "https://hooks.example.com/easel", 400)]
    public async Task Start_takes_a_callbackUrl_only_where_the_host_can_sign_and_reach_it(bool secret, string url, int status)
    {
        var client = new FakeDurableClient();
        var options = new ApiOptions(Webhooks: secret ? new WebhookSettings(Secret) : WebhookSettings.None);
        var functions = new GenerationFunctions(new FileArtifactStore(Path.GetTempPath()), NullLoggerFactory.Instance, options, new RequestLimits(options), new FunctionsAuth(null));
        var request = Http.Request("POST", "/api/generations", $$"""{"prompt": "a goose", "callbackUrl": "{{url}}"}""");
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));
        if (status == 202)
        {
            Assert.Equal(202, response.Status);
            Assert.Equal(url, Assert.IsType<PaintInput>(Assert.Single(client.Scheduled).Input).Request.CallbackUrl);
        }
        else
        {
            response.AssertProblem(status);
            Assert.Empty(client.Scheduled);
        }
    }
}
