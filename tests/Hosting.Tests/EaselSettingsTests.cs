using Easel.Api;
using Easel.Extensions.AzureBlobArtifacts;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Models;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Stylize;
using Microsoft.DurableTask;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Easel.Hosting.Tests;

public sealed class EaselSettingsTests
{
    private static IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => v.Value)).Build();

    [Fact]
    public void Nothing_set_gives_the_built_in_defaults()
    {
        var settings = EaselSettings.Read(Configuration());

        Assert.Equal(ModelOptions.Default, settings.Models);
        Assert.Equal(new ApiOptions(), settings.Api);
        Assert.Equal(new ArtifactSettings(null, null, null, BlobArtifactStore.DefaultContainer), settings.Artifacts);
    }

    [Fact]
    public void The_old_environment_variables_still_set_what_they_set()
    {
        var settings = EaselSettings.Read(Configuration(
            ("EASEL_MODELS", "/mnt/models"), ("EASEL_EXECUTION_PROVIDER", " CUDA "), ("EASEL_ARTIFACTS", "/tmp/artifacts"),
            ("EASEL_STORAGE", "UseDevelopmentStorage=true"), ("EASEL_STARTS_PER_MINUTE", "7"), ("EASEL_REVISIONS_PER_MINUTE", "8"),
            ("EASEL_MAX_QUEUED", "9"), ("EASEL_STORAGE_TIMEOUT_S", "3"), ("EASEL_PUBLIC_URL", "https://easel.example")));

        Assert.Equal(new ModelOptions("/mnt/models", ExecutionProviders.Cuda), settings.Models);
        Assert.Equal("/tmp/artifacts", settings.Artifacts.Path);
        Assert.Equal("UseDevelopmentStorage=true", settings.Artifacts.Connection);
        Assert.Equal(new ApiOptions(StartsPerMinute: 7, RevisionsPerMinute: 8, MaxQueued: 9, StorageTimeoutSeconds: 3,
            PublicBaseUri: new Uri("https://easel.example")), settings.Api);
    }

    [Fact]
    public void The_Easel_section_is_read_and_wins_over_the_environment_variable()
    {
        // What infra/modules/functionapp.bicep sets as Easel__ModelsPath and Easel__ExecutionProvider.
        var settings = EaselSettings.Read(Configuration(
            ("Easel:ModelsPath", "/mnt/models"), ("EASEL_MODELS", "/elsewhere"), ("Easel:ExecutionProvider", "cuda"),
            ("Easel:ArtifactsAccountUrl", "https://account.blob.core.windows.net"), ("Easel:ArtifactsContainer", "pictures"),
            ("Easel:RevisionWindowMinutes", "5")));

        Assert.Equal(new ModelOptions("/mnt/models", ExecutionProviders.Cuda), settings.Models);
        Assert.Equal("https://account.blob.core.windows.net", settings.Artifacts.AccountUrl);
        Assert.Equal("pictures", settings.Artifacts.Container);
        Assert.Equal(5, settings.Api.RevisionWindowMinutes);
    }

    [Fact]
    public void The_Functions_host_storage_holds_the_artifacts_when_no_account_is_named()
    {
        Assert.Equal("UseDevelopmentStorage=true",
            EaselSettings.Read(Configuration(("AzureWebJobsStorage", "UseDevelopmentStorage=true"))).Artifacts.Connection);
        Assert.Equal("AccountName=own",
            EaselSettings.Read(Configuration(("AzureWebJobsStorage", "UseDevelopmentStorage=true"), ("Easel:ArtifactsConnection", "AccountName=own"))).Artifacts.Connection);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-4")]
    [InlineData("many")]
    public void A_limit_that_is_not_a_positive_number_keeps_its_default(string value)
    {
        Assert.Equal(new ApiOptions().StartsPerMinute, EaselSettings.Read(Configuration(("Easel:StartsPerMinute", value))).Api.StartsPerMinute);
    }

    [Fact]
    public void AddEasel_gives_every_host_the_same_services()
    {
        var folder = Directory.CreateTempSubdirectory("easel-hosting-").FullName;
        try
        {
            using var provider = new ServiceCollection()
                .AddEasel(Configuration(("EASEL_ARTIFACTS", folder), ("Easel:MaxQueued", "3")))
                .BuildServiceProvider();

            Assert.Equal(folder, Assert.IsType<FileArtifactStore>(provider.GetRequiredService<IArtifactStore>()).Root);
            Assert.Equal(3, provider.GetRequiredService<ApiOptions>().MaxQueued);
            Assert.Same(provider.GetRequiredService<StylizerCatalog>(), provider.GetRequiredService<PaintServices>().Stylizers);
            Assert.Equal(PaintActivities.Create(provider.GetRequiredService<PaintServices>()).Keys.Order(),
                provider.GetRequiredService<IReadOnlyDictionary<string, ITaskActivity>>().Keys.Order());
            Assert.NotNull(provider.GetRequiredService<RequestLimits>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void No_artifact_store_configured_is_a_one_line_error()
    {
        using var provider = new ServiceCollection().AddEasel(Configuration()).BuildServiceProvider();
        var error = Assert.Throws<InvalidOperationException>(provider.GetRequiredService<IArtifactStore>);
        Assert.DoesNotContain('\n', error.Message);
    }
}
