using Easel.Functions;
using Easel.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// The artifact store (Easel:ArtifactsPath, Easel:ArtifactsAccountUrl with the app's managed identity,
// Easel:ArtifactsConnection, else the host's AzureWebJobsStorage: Azurite locally), the model slots (Easel:ModelsPath,
// Easel:ExecutionProvider), the activities and the API's options and limits: the same as serve's.
builder.Services.AddEasel(builder.Configuration);
// Easel:Auth = EasyAuth when Entra ID authentication fronts the app (infra's enableEasyAuth parameter).
builder.Services.AddSingleton(new FunctionsAuth(builder.Configuration["Easel:Auth"]));

builder.Build().Run();
