using Easel.Api;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Easel.Cli.Serve;

/// <summary>
/// <c>easel serve [--urls]</c>: the HTTP API and page on loopback, the Paint orchestration on the Durable Task
/// Framework over Azure Storage (Azurite started here when no storage is configured).
/// </summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:7071";

    /// <returns>0 after a clean shutdown (Ctrl+C, SIGTERM or <paramref name="cancellationToken"/>), 1 when it cannot start.</returns>
    public static async Task<int> RunAsync(string urls, CancellationToken cancellationToken, ServeSettings? settings = null, TextWriter? output = null, TextWriter? error = null)
    {
        settings ??= ServeSettings.FromEnvironment();
        output ??= Console.Out;
        error ??= Console.Error;
        await output.WriteLineAsync("easel serve: the Paint orchestration on the Durable Task Framework (Azure Storage backend).");

        AzuriteProcess? azurite = null;
        DurableEngine? engine = null;
        WebApplication? app = null;
        try
        {
            var connection = settings.StorageConnection;
            if (connection is null)
            {
                var script = RepositoryFiles.Find("node_modules/azurite/dist/src/azurite.js");
                if (script is null)
                {
                    await error.WriteLineAsync("error: no storage configured (EASEL_STORAGE) and Azurite is not installed: run `npm ci` in the repository root.");
                    return 1;
                }
                var data = Path.GetFullPath(settings.AzuriteData ?? Path.Combine(RepositoryFiles.Root() ?? Directory.GetCurrentDirectory(), ".azurite"));
                azurite = await AzuriteProcess.StartAsync(script, data, cancellationToken);
                connection = azurite.ConnectionString;
                await output.WriteLineAsync($"Started Azurite (pid {azurite.ProcessId}) on 127.0.0.1 ports blob {azurite.BlobPort}, queue {azurite.QueuePort}, table {azurite.TablePort}; data in {data}.");
                await output.WriteLineAsync("Azurite stops when serve exits. Set EASEL_STORAGE to a connection string to use other storage.");
            }
            else
            {
                await output.WriteLineAsync("Storage: the account of EASEL_STORAGE.");
            }

            var store = ArtifactStoreFactory.Create(settings.ArtifactsPath, null, connection);
            await output.WriteLineAsync(store is FileArtifactStore files
                ? $"Artifacts: folder {files.Root}."
                : $"Artifacts: blob container '{BlobArtifactStore.DefaultContainer}'.");

            app = BuildApp(urls);
            var loggerFactory = app.Services.GetRequiredService<ILoggerFactory>();
            var engineSettings = DurableEngine.Settings(connection, settings.TaskHub, settings.MaxConcurrentActivities, settings.MaxQueuePollingInterval, loggerFactory);
            engine = await DurableEngine.StartAsync(engineSettings, PaintServices.CreateDefault(store), loggerFactory, cancellationToken);
            await output.WriteLineAsync($"Task hub '{settings.TaskHub}': up to {settings.MaxConcurrentActivities} stage activities at once.");

            var client = new TaskHubGenerationClient(engine.Client, engine.Service, engine.TaskHub);
            UseWebPage(app, settings, output);
            ServeEndpoints.Map(app,
                new GenerationsApi(client, store, app.Services.GetRequiredService<ILogger<GenerationsApi>>()),
                new ManagementApi(client, app.Services.GetRequiredService<ILogger<ManagementApi>>()));

            await app.StartAsync(cancellationToken);
            await output.WriteLineAsync($"Listening on {urls} (POST /api/generations). Ctrl+C stops.");
            await output.FlushAsync(cancellationToken);

            var stopping = new TaskCompletionSource();
            using var onStop = app.Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
            using var onCancel = cancellationToken.Register(() => stopping.TrySetResult());
            await stopping.Task;
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception
                                       or FormatException or Azure.RequestFailedException or AggregateException)
        {
            // Cannot start (a port in use, unreachable or misnamed storage): one line, no stack trace.
            await error.WriteLineAsync($"error: {e.GetBaseException().Message.Split('\n')[0].Trim()}");
            return 1;
        }
        finally
        {
                        if (app is not null)
            {
                await app.StopAsync(CancellationToken.None);
                await app.DisposeAsync();
            }
            if (engine is not null) await engine.DisposeAsync();
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
                await output.WriteLineAsync("Stopped Azurite.");
            }
        }
    }

    private static WebApplication BuildApp(string urls)
    {
        // Production: errors become problem+json without exception details, whatever ASPNETCORE_ENVIRONMENT says.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, Args = [] });
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 1024 * 1024);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        // The engine and the SDKs narrate every poll at Information; warnings and errors are what an operator needs.
        builder.Logging.AddFilter("DurableTask", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Azure", LogLevel.Warning);
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    private static void UseWebPage(WebApplication app, ServeSettings settings, TextWriter output)
    {
        var root = settings.WebRoot ?? (RepositoryFiles.Root() is { } repository ? Path.Combine(repository, "web") : Path.GetFullPath("web"));
        if (!Directory.Exists(root)) return;
        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        output.WriteLine($"Page: {root} at /.");
    }
}
