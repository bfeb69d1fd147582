using Easel.Api;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Foreground;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Stylize;
using Microsoft.DurableTask;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Easel.Hosting;

public static class EaselServiceCollectionExtensions
{
    /// <summary>
    /// What the Functions app and <c>serve</c> both run on, from the host's configuration read once
    /// (<see cref="EaselSettings"/>): the artifact store, the stylizers with the model slots (one session per process),
    /// the activities every host registers, and the HTTP API's options and per-process limits.
    /// </summary>
    public static IServiceCollection AddEasel(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = EaselSettings.Read(configuration);
        services.AddSingleton(settings);
        services.AddSingleton(settings.Api);
        // One set of limiters per process: per-caller token buckets and the bound on generations waiting to be painted.
        services.AddSingleton(_ => new RequestLimits(settings.Api));
        services.AddSingleton(_ => ArtifactStoreFactory.Create(settings.Artifacts));
        services.AddSingleton(sp => StylizerCatalog.CreateDefault(settings.Models, sp.GetService<ILoggerFactory>()?.CreateLogger("Easel.Models")));
        services.AddSingleton(sp => new PaintServices(sp.GetRequiredService<IArtifactStore>(), AssetPack.Default, sp.GetRequiredService<StylizerCatalog>(), settings.Api.Webhooks));
        services.AddSingleton(sp => PaintActivities.Create(sp.GetRequiredService<PaintServices>()));
        return services;
    }
}
