using Easel.Api;
using Easel.Hosting;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Easel.Cli.Serve;

/// <summary>
/// <c>easel serve [--urls] [--azurite keep|child]</c>: the HTTP API and page on loopback, the Paint orchestration on
/// the Durable Task Framework over Azure Storage (Azurite when no storage is configured: by default a long-lived one
/// that outlives serve and is found again by the next serve, or with <c>--azurite child</c> one that stops with it).
/// </summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:7071";

    /// <summary>The <c>--azurite</c> choices.</summary>
    public static readonly string[] AzuriteModes = ["keep", "child"];

    /// <param name="configuration">serve's settings (<see cref="ServeSettings"/>, <see cref="EaselSettings"/>); by default
    /// the environment variables.</param>
    /// <returns>0 after a clean shutdown (Ctrl+C, SIGTERM or <paramref name="cancellationToken"/>), 1 when it cannot
    /// start, 2 for bad options, 3 when its storage is gone for good (<see cref="StorageWatch"/>).</returns>
    public static async Task<int> RunAsync(string urls, CancellationToken cancellationToken, IConfiguration? configuration = null, TextWriter? output = null, TextWriter? error = null, string azuriteMode = "keep")
    {
        configuration ??= new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var settings = ServeSettings.Read(configuration);
        output ??= Console.Out;
        error ??= Console.Error;
        var (addresses, addressProblem) = ServeAddresses.Parse(urls, settings.PublicUrl, settings.AllowedHosts);
        if (addresses is null)
        {
            await error.WriteLineAsync($"error: {addressProblem}");
            return ExitCodes.BadInput;
        }
        var keys = new ApiKeyCheck(settings.ApiKeys ?? []);
        await output.WriteLineAsync("easel serve: the Paint orchestration on the Durable Task Framework (Azure Storage backend).");
        if (!addresses.LoopbackOnly && !keys.Required)
        {
            await error.WriteLineAsync("warning: ******************************************************************************");
            await error.WriteLineAsync($"warning: serve listens beyond this machine ({urls}) WITHOUT an API key: anyone who can reach it");
            await error.WriteLineAsync("warning: can start, read and delete generations. Set EASEL_API_KEY, or bind to 127.0.0.1.");
            await error.WriteLineAsync("warning: ******************************************************************************");
        }

        AzuriteProcess? azurite = null;
        // Set when serve starts Azurite over the data of one that died (a storage crash, not a plain restart).
        DateTime? crashRecovery = null;
        StorageWatch? watch = null;
        DurableEngine? engine = null;
        StalledGenerations? stalled = null;
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
                    return ExitCodes.Failure;
                }
                var data = Path.GetFullPath(settings.AzuriteData ?? Path.Combine(RepositoryFiles.Root() ?? Directory.GetCurrentDirectory(), ".azurite"));
                if (azuriteMode == "child")
                {
                    azurite = await AzuriteProcess.StartAsync(script, data, cancellationToken);
                    await output.WriteLineAsync($"Started Azurite (pid {azurite.ProcessId}) on 127.0.0.1 ports blob {azurite.BlobPort}, queue {azurite.QueuePort}, table {azurite.TablePort}; data in {data}.");
                    await output.WriteLineAsync("Azurite stops when serve exits (--azurite child).");
                }
                else if (await AzuriteProcess.FindAsync(data, cancellationToken) is { } running)
                {
                    azurite = running;
                    await output.WriteLineAsync($"Found Azurite (pid {azurite.ProcessId}) still running on 127.0.0.1 ports blob {azurite.BlobPort}, queue {azurite.QueuePort}, table {azurite.TablePort}; data in {data}.");
                }
                else
                {
                    if (File.Exists(Path.Combine(data, AzuriteProcess.RecordFile))) crashRecovery = DateTime.UtcNow;
                    azurite = await AzuriteProcess.StartLongLivedAsync(script, data, cancellationToken: cancellationToken);
                    await output.WriteLineAsync($"Started Azurite (pid {azurite.ProcessId}) on 127.0.0.1 ports blob {azurite.BlobPort}, queue {azurite.QueuePort}, table {azurite.TablePort}; data in {data}.");
                    await output.WriteLineAsync($"Azurite keeps running after serve exits; the next serve finds it again (stop it with: kill {azurite.ProcessId}).");
                }
                connection = azurite.ConnectionString;
                watch = new StorageWatch(azurite, azurite.LongLived ? script : null, error);
            }
            else
            {
                await output.WriteLineAsync("Storage: the account of EASEL_STORAGE.");
            }

            // What serve decided goes to the shared settings: the public URL (default: the first of --urls) and, unless
            // the artifacts have an account of their own, the task hub's storage (EASEL_STORAGE or the Azurite above).
            var decided = new Dictionary<string, string?> { [EaselSettingKeys.PublicUrl.Key] = addresses.PublicUrl?.AbsoluteUri };
            if (EaselSettingKeys.ArtifactsConnection.Read(configuration) is null) decided[EaselSettingKeys.ArtifactsConnection.Key] = connection;
            app = BuildApp(urls, addresses, new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(decided).Build());
            var store = app.Services.GetRequiredService<IArtifactStore>();
            await output.WriteLineAsync(store is FileArtifactStore files
                ? $"Artifacts: folder {files.Root}."
                : $"Artifacts: blob container '{app.Services.GetRequiredService<EaselSettings>().Artifacts.Container}'.");

            var loggerFactory = app.Services.GetRequiredService<ILoggerFactory>();
            var engineSettings = DurableEngine.Settings(connection, settings.TaskHub, settings.MaxConcurrentActivities, settings.MaxQueuePollingInterval, loggerFactory);
            var services = app.Services.GetRequiredService<PaintServices>();
            engine = await DurableEngine.StartAsync(engineSettings, services, loggerFactory, cancellationToken);
            await output.WriteLineAsync($"Task hub '{settings.TaskHub}': up to {settings.MaxConcurrentActivities} stage activities at once.");
            if (watch is not null)
            {
                watch.AfterRestart = async ct =>
                {
                    // The old engine first: two workers with one worker id would both take the same partitions.
                    await engine!.DisposeAsync();
                    engine = await DurableEngine.StartAsync(DurableEngine.Settings(connection, settings.TaskHub, settings.MaxConcurrentActivities,
                        settings.MaxQueuePollingInterval, loggerFactory), services, loggerFactory, ct);
                    await error.WriteLineAsync("Started a fresh Durable Task engine on the restarted storage.");
                };
            }

            stalled = new StalledGenerations(() => engine, () => watch?.RecoveredAt ?? crashRecovery, error);
            IGenerationClient client = new TaskHubGenerationClient(() => engine);
            // A long-lived Azurite is the durable state: answer a start or a revision only once Azurite has saved it.
            if (azurite is { LongLived: true }) client = new SavedBeforeAnswerClient(client, azurite.DataFolder);
            var apiOptions = app.Services.GetRequiredService<ApiOptions>();
            // One set of limits for both route families: a revision counts the same through either.
            var limits = app.Services.GetRequiredService<RequestLimits>();
            UseWebPage(app, settings, output);
            app.Use(keys.InvokeAsync);
            if (watch is not null) app.Use((context, next) => watch.Problem is not null && ApiKeyCheck.IsProtected(context.Request.Path)
                ? Problems.StorageUnavailable(StorageFaults.RetryAfter).ExecuteAsync(context)
                : next(context));
            ServeEndpoints.Map(app,
                new GenerationsApi(client, store, app.Services.GetRequiredService<ILogger<GenerationsApi>>(), apiOptions, limits),
                new ManagementApi(client, store, app.Services.GetRequiredService<ILogger<ManagementApi>>(), apiOptions, limits));

            await app.StartAsync(cancellationToken);
            await output.WriteLineAsync($"Listening on {urls} (POST /api/generations). API key: {(keys.Required ? "required" : "none (loopback use)")}. Ctrl+C stops.");
            await output.FlushAsync(cancellationToken);

            var stopping = new TaskCompletionSource();
            using var onStop = app.Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
            using var onCancel = cancellationToken.Register(() => stopping.TrySetResult());
            var ended = await Task.WhenAny(stopping.Task, watch?.Lost ?? Task.Delay(Timeout.Infinite, cancellationToken));
            return watch is not null && ended == watch.Lost ? StorageWatch.ExitStorageLost : ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception
                                       or FormatException or Azure.RequestFailedException or AggregateException)
        {
            // Cannot start (a port in use, unreachable or misnamed storage): one line, no stack trace.
            await error.WriteLineAsync($"error: {e.GetBaseException().Message.Split('\n')[0].Trim()}");
            return ExitCodes.Failure;
        }
        finally
        {
            if (app is not null)
            {
                await app.StopAsync(CancellationToken.None);
                await app.DisposeAsync();
            }
            if (stalled is not null) await stalled.DisposeAsync();
            if (engine is not null) await engine.DisposeAsync();
            if (watch is not null) await watch.DisposeAsync();
            if (azurite is { LongLived: false })
            {
                await azurite.DisposeAsync();
                await output.WriteLineAsync("Stopped Azurite.");
            }
        }
    }

    private static WebApplication BuildApp(string urls, ServeAddresses addresses, IConfiguration configuration)
    {
        // Production: errors become problem+json without exception details, whatever ASPNETCORE_ENVIRONMENT says.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, Args = [] });
        builder.Configuration.AddConfiguration(configuration);
        // The same artifact store, model slots, activities and API options as the Functions app.
        builder.Services.AddEasel(configuration);
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
            // A client that trickles its headers or body is cut off (408) instead of holding a connection.
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            kestrel.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(240, TimeSpan.FromSeconds(5));
            kestrel.AddServerHeader = false;
        });
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
        builder.Services.Configure<HostFilteringOptions>(o =>
        {
            o.AllowedHosts = [.. addresses.AllowedHosts];
            o.AllowEmptyHosts = false;
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        // Every empty error response (routing's 404/405, host filtering's 400, Kestrel's 413/408 once a request has
        // reached the pipeline) gets a problem+json body.
        app.UseStatusCodePages();
        app.UseHostFiltering();
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
