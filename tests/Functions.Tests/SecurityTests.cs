using System.Reflection;
using System.Text;
using System.Text.Json;
using Easel.Api;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace Easel.Functions.Tests;

/// <summary>Keys, ownership, limits and hostile bodies on the Functions host's code path (issue 18).</summary>
public sealed class SecurityTests : IDisposable
{
    private const string KeyA = "key-of-alice-0123456789";
    private const string KeyB = "key-of-bob-9876543210";
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"easel-functions-{Guid.NewGuid():N}");
    private readonly FakeDurableClient client = new();

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private GenerationFunctions Functions(ApiOptions? options = null)
    {
        options ??= new ApiOptions();
        return new GenerationFunctions(new FileArtifactStore(folder), NullLoggerFactory.Instance, options, new RequestLimits(options), new FunctionsAuth(null));
    }

    [Fact]
    public void Every_API_trigger_needs_a_function_key_and_only_the_page_is_anonymous()
    {
        var triggers = typeof(GenerationFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters().Select(p => (Method: m, Trigger: p.GetCustomAttribute<HttpTriggerAttribute>())))
            .Where(x => x.Trigger is not null)
            .ToList();
        Assert.Equal(9, triggers.Count); // 8 API routes (a candidate's artifacts among them) and the page
        foreach (var (method, trigger) in triggers)
        {
            var expected = method.DeclaringType == typeof(WebPageFunction) ? AuthorizationLevel.Anonymous : AuthorizationLevel.Function;
            Assert.True(trigger!.AuthLevel == expected, $"{method.Name} is {trigger.AuthLevel}");
        }
    }

    [Fact]
    public async Task A_generation_is_visible_only_to_the_key_that_started_it()
    {
        var functions = Functions();
        var id = await StartAsync(functions, KeyA);
        var owner = Assert.IsType<PaintInput>(Assert.Single(client.Scheduled).Input).Request.Owner;
        Assert.NotNull(owner);
        Assert.DoesNotContain(KeyA, owner, StringComparison.Ordinal); // a hash, never the key
        await new FileArtifactStore(folder).WriteAsync(ArtifactKeys.For(id, 0, "target.png"), new byte[] { 1, 2, 3 }, "image/png");

        var mine = Http.Request("GET", $"/api/generations/{id}", functionKey: KeyA);
        Assert.Equal(200, (await Http.ExecuteAsync(mine, await functions.Get(mine, id, client, default))).Status);
        var myArtifact = Http.Request("GET", $"/api/generations/{id}/artifacts/0/target.png", functionKey: KeyA);
        Assert.Equal(200, (await Http.ExecuteAsync(myArtifact, await functions.Artifact(myArtifact, id, "0", "target.png", client, default))).Status);

        foreach (var key in new[] { KeyB, null })
        {
            var get = Http.Request("GET", $"/api/generations/{id}", functionKey: key);
            (await Http.ExecuteAsync(get, await functions.Get(get, id, client, default))).AssertProblem(404);
            var revise = Http.Request("POST", $"/api/generations/{id}/revisions", """{"text": "make it darker"}""", key);
            (await Http.ExecuteAsync(revise, await functions.Revise(revise, id, client, default))).AssertProblem(404);
            var artifact = Http.Request("GET", $"/api/generations/{id}/artifacts/0/target.png", functionKey: key);
            (await Http.ExecuteAsync(artifact, await functions.Artifact(artifact, id, "0", "target.png", client, default))).AssertProblem(404);
        }
        Assert.Empty(client.Raised);
    }

    [Fact]
    public async Task The_system_key_sees_every_generation()
    {
        var functions = Functions();
        var id = await StartAsync(functions, KeyA);
        var admin = new Caller(Caller.ForKey("system"), SeesEverything: true);
        Assert.True(admin.Owns(client.Instances[id].ToGenerationInstance()));
        Assert.False(new Caller(Caller.ForKey(KeyB)).Owns(client.Instances[id].ToGenerationInstance()));
    }

    [Fact]
    public void Easy_Auth_principal_is_the_owner_only_when_Easy_Auth_is_configured()
    {
        var request = Http.Request("GET", "/api/generations/x", functionKey: KeyA);
        request.Headers["X-MS-CLIENT-PRINCIPAL-ID"] = "user-1";
        request.Headers["X-MS-CLIENT-PRINCIPAL-IDP"] = "aad";
        Assert.Equal(Caller.ForIdentity("aad", "user-1"), FunctionsCaller.Identify(request, FunctionsCaller.EasyAuth, "system").Owner);
        // Without Easy Auth in front, anyone could send that header: the key decides.
        Assert.Equal(Caller.ForKey(KeyA), FunctionsCaller.Identify(request, null, "system").Owner);
        Assert.False(FunctionsCaller.Identify(request, null, "system").SeesEverything);
        var system = Http.Request("GET", "/api/generations/x", functionKey: "system");
        Assert.True(FunctionsCaller.Identify(system, null, "system").SeesEverything);
    }

    public static TheoryData<string, byte[], string?, int> HostileBodies => new()
    {
        { "text/plain", Encoding.UTF8.GetBytes("""{"prompt": "a goose"}"""), "text/plain", 415 },
        { "form", Encoding.UTF8.GetBytes("prompt=a+goose"), "application/x-www-form-urlencoded", 415 },
        { "no content type", Encoding.UTF8.GetBytes("""{"prompt": "a goose"}"""), null, 415 },
        { "latin-1 charset", Encoding.UTF8.GetBytes("""{"prompt": "a goose"}"""), "application/json; charset=iso-8859-1", 415 },
        { "lone surrogate", Encoding.UTF8.GetBytes("""{"prompt": "a \ud800 goose"}"""), "application/json", 400 },
        { "lone surrogate in style", Encoding.UTF8.GetBytes("""{"prompt": "a goose", "style": "\udfff"}"""), "application/json", 400 },
        { "lone surrogate in a name", Encoding.UTF8.GetBytes("""{"\ud800": 1}"""), "application/json", 400 },
        { "invalid UTF-8", [.. Encoding.UTF8.GetBytes("{\"prompt\": \"a "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" goose\"}")], "application/json", 400 },
        { "NUL", Encoding.UTF8.GetBytes("""{"prompt": "a\u0000goose"}"""), "application/json", 400 },
        { "only NUL", Encoding.UTF8.GetBytes("""{"prompt": "\u0000"}"""), "application/json", 400 },
        { "zero-width only", Encoding.UTF8.GetBytes("""{"prompt": "\u200b\u200b\u200d\ufeff"}"""), "application/json", 400 },
        { "too many elements", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { prompt = string.Join(" and ", ManyThings) })), "application/json", 400 },
    };

    private static readonly string[] ManyThings =
    [
        "a goose", "a dog", "a cat", "a horse", "a cow", "a sheep", "a pig", "a fox", "a bear", "a deer", "a rabbit", "a duck",
        "a boat", "a car", "a bicycle", "a tree", "a house", "a bird", "a fish", "a frog", "a lion", "a tiger", "an elephant",
        "a monkey", "a mouse", "a chicken", "a wolf", "a train", "a bus", "a chair",
    ];

    [Theory]
    [MemberData(nameof(HostileBodies))]
    public async Task Hostile_start_bodies_are_4xx_problems(string what, byte[] body, string? contentType, int status)
    {
        var functions = Functions();
        var request = Http.Request("POST", "/api/generations", body, contentType, KeyA);
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));
        response.AssertProblem(status);
        Assert.True(client.Scheduled.Count == 0, what);
    }

    [Fact]
    public async Task Too_many_elements_are_refused_with_a_clear_message()
    {
        var functions = Functions();
        var request = Http.Request("POST", "/api/generations", JsonSerializer.Serialize(new { prompt = string.Join(" and ", ManyThings) }), KeyA);
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));
        response.AssertProblem(400);
        Assert.Contains($"at most {PaintRequestValidator.MaxElements}", response.Json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Starts_beyond_the_rate_are_429_with_Retry_After_per_key()
    {
        var functions = Functions(new ApiOptions(StartsPerMinute: 2));
        await StartAsync(functions, KeyA);
        await StartAsync(functions, KeyA);
        var third = Http.Request("POST", "/api/generations", """{"prompt": "a goose"}""", KeyA);
        var response = await Http.ExecuteAsync(third, await functions.Start(third, client, default));
        response.AssertProblem(429);
        Assert.True(int.Parse(response.RetryAfter) >= 1, response.RetryAfter);
        // Another key has its own bucket.
        await StartAsync(functions, KeyB);
    }

    [Fact]
    public async Task Revisions_beyond_the_rate_are_429()
    {
        var functions = Functions(new ApiOptions(RevisionsPerMinute: 1));
        var id = await StartAsync(functions, KeyA);
        var first = Http.Request("POST", $"/api/generations/{id}/revisions", """{"text": "darker"}""", KeyA);
        Assert.Equal(202, (await Http.ExecuteAsync(first, await functions.Revise(first, id, client, default))).Status);
        var second = Http.Request("POST", $"/api/generations/{id}/revisions", """{"text": "darker"}""", KeyA);
        var response = await Http.ExecuteAsync(second, await functions.Revise(second, id, client, default));
        response.AssertProblem(429);
        Assert.NotEmpty(response.RetryAfter);
    }

    [Fact]
    public async Task Starts_beyond_the_queue_bound_are_503_with_Retry_After()
    {
        var functions = Functions(new ApiOptions(MaxQueued: 1));
        await StartAsync(functions, KeyA);
        var second = Http.Request("POST", "/api/generations", """{"prompt": "a goose"}""", KeyB);
        var response = await Http.ExecuteAsync(second, await functions.Start(second, client, default));
        response.AssertProblem(503);
        Assert.NotEmpty(response.RetryAfter);
        Assert.Single(client.Scheduled);
    }

    private async Task<string> StartAsync(GenerationFunctions functions, string key)
    {
        var request = Http.Request("POST", "/api/generations", """{"prompt": "a goose on the grass", "seed": 1}""", key);
        var response = await Http.ExecuteAsync(request, await functions.Start(request, client, default));
        Assert.Equal(202, response.Status);
        var id = response.Json.GetProperty("id").GetString()!;
        var input = (PaintInput)client.Scheduled.Last().Input!;
        client.Instances[id] = new OrchestrationMetadata(ActivityNames.Orchestrator, id)
        {
            RuntimeStatus = OrchestrationRuntimeStatus.Running,
            SerializedInput = JsonSerializer.Serialize(input),
            CreatedAt = DateTimeOffset.UnixEpoch,
            LastUpdatedAt = DateTimeOffset.UnixEpoch,
        };
        return id;
    }
}

internal static class MetadataExtensions
{
    public static GenerationInstance ToGenerationInstance(this OrchestrationMetadata metadata) =>
        new(metadata.InstanceId, metadata.Name, RuntimeStatus.Running, metadata.CreatedAt, metadata.LastUpdatedAt,
            metadata.SerializedInput, metadata.SerializedOutput, metadata.SerializedCustomStatus);
}
