using Easel.Api;
using Easel.Functions;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.DurableTask;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// Artifacts: a folder (Easel:ArtifactsPath), a blob account with the app's managed identity (Easel:ArtifactsAccountUrl),
// or a connection string (Easel:ArtifactsConnection, else the host's AzureWebJobsStorage: Azurite locally).
builder.Services.AddSingleton<IArtifactStore>(_ => ArtifactStoreFactory.Create(
    builder.Configuration["Easel:ArtifactsPath"],
    builder.Configuration["Easel:ArtifactsAccountUrl"],
    builder.Configuration["Easel:ArtifactsConnection"] ?? builder.Configuration["AzureWebJobsStorage"],
    builder.Configuration["Easel:ArtifactsContainer"] ?? BlobArtifactStore.DefaultContainer));
builder.Services.AddSingleton(sp => PaintServices.CreateDefault(sp.GetRequiredService<IArtifactStore>()));
builder.Services.AddSingleton<IReadOnlyDictionary<string, ITaskActivity>>(sp => PaintActivities.Create(sp.GetRequiredService<PaintServices>()));
var apiOptions = new ApiOptions(
    RevisionWindowMinutes: builder.Configuration.GetValue("Easel:RevisionWindowMinutes", 60.0),
    StartsPerMinute: builder.Configuration.GetValue("Easel:StartsPerMinute", 60),
    RevisionsPerMinute: builder.Configuration.GetValue("Easel:RevisionsPerMinute", 120),
    MaxQueued: builder.Configuration.GetValue("Easel:MaxQueued", 100));
builder.Services.AddSingleton(apiOptions);
// One set of limiters per worker process: per-key token buckets and the bound on generations waiting to be painted.
builder.Services.AddSingleton(new RequestLimits(apiOptions));
// Easel:Auth = EasyAuth when Entra ID authentication fronts the app (infra's enableEasyAuth parameter).
builder.Services.AddSingleton(new FunctionsAuth(builder.Configuration["Easel:Auth"]));

builder.Build().Run();
