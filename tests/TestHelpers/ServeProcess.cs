using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Easel.TestHelpers;

/// <summary>
/// A real <c>easel serve</c> process (the Cli built next to the tests: reference src/Cli) on a free loopback port,
/// either on the storage and task hub it is given (<see cref="StartAsync"/>) or with an Azurite that serve starts
/// itself under a temporary folder, as a user runs it (<see cref="StartWithOwnStorageAsync"/>).
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process? process;
    private readonly string? dataFolder;
    private readonly StringBuilder log;
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(Uri baseUri, Process? process, string? dataFolder, StringBuilder log)
    {
        BaseUri = baseUri;
        this.process = process;
        this.dataFolder = dataFolder;
        this.log = log;
        Client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseUri { get; }
    public HttpClient Client { get; }
    public int ProcessId => process?.Id ?? throw new InvalidOperationException("An external server has no process here.");

    /// <summary>What serve printed so far (for failure messages).</summary>
    public string Log
    {
        get { lock (log) return log.ToString(); }
    }

    /// <summary>serve on the given storage account and task hub; ready once it prints "Listening on".</summary>
    public static async Task<ServeProcess> StartAsync(string storageConnection, string taskHub, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var info = StartInfo(url);
        // An empty connection lets serve run its own (long-lived) Azurite.
        if (storageConnection.Length > 0) info.Environment["EASEL_STORAGE"] = storageConnection;
        info.Environment["EASEL_TASK_HUB"] = taskHub;
        info.Environment["EASEL_MAX_ACTIVITIES"] = "2";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;

        var serve = Start(info, url, dataFolder: null);
        var first = await Task.WhenAny(serve.listening.Task, serve.process!.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90)));
        if (first != serve.listening.Task)
        {
            await serve.DisposeAsync();
            throw new InvalidOperationException($"serve did not start:{Environment.NewLine}{serve.Log}");
        }
        return serve;
    }

    /// <summary>
    /// serve with no storage configured, so it starts Azurite itself (data under a temporary folder, its own task
    /// hub); ready once the page answers. <c>EASEL_SERVE_URL</c> points at a server already running instead
    /// (another serve, a Functions host).
    /// </summary>
    /// <param name="environment">More settings for serve (an API key, say); a serve with them is always started here.</param>
    public static async Task<ServeProcess> StartWithOwnStorageAsync(TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (environment is null && Environment.GetEnvironmentVariable("EASEL_SERVE_URL") is { Length: > 0 } external)
            return new ServeProcess(new Uri(external), null, null, new StringBuilder("(external server)"));

        var root = RepositoryRoot();
        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var data = Path.Combine(Path.GetTempPath(), $"easel-serve-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);

        var info = StartInfo(url);
        info.WorkingDirectory = root;
        // Its own Azurite data and task hub, so that a run never meets another run's instances.
        info.Environment["EASEL_AZURITE_DATA"] = Path.Combine(data, "azurite");
        info.Environment["EASEL_TASK_HUB"] = "tests" + port;
        info.Environment["EASEL_WEB"] = Path.Combine(root, "web");
        info.Environment.Remove("EASEL_STORAGE");
        info.Environment.Remove("EASEL_ARTIFACTS");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;

        var serve = Start(info, url, data);
        try
        {
            await serve.WaitUntilThePageAnswersAsync(timeout);
        }
        catch
        {
            await serve.DisposeAsync();
            throw;
        }
        return serve;
    }

    private static ProcessStartInfo StartInfo(Uri url)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { EaselDll(), "serve", "--urls", url.ToString().TrimEnd('/') }) info.ArgumentList.Add(argument);
        return info;
    }

    private static ServeProcess Start(ProcessStartInfo info, Uri url, string? dataFolder)
    {
        var log = new StringBuilder();
        var process = new Process { StartInfo = info };
        var serve = new ServeProcess(url, process, dataFolder, log);
        void OnLine(string? line)
        {
            if (line is null) return;
            lock (log) log.AppendLine(line);
            if (line.StartsWith("Listening on", StringComparison.Ordinal)) serve.listening.TrySetResult();
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return serve;
    }

    private async Task WaitUntilThePageAnswersAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process is { HasExited: true })
                throw new InvalidOperationException($"serve exited with code {process.ExitCode}:\n{Log}");
            try
            {
                using var response = await http.GetAsync(BaseUri);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but slow to answer while it warms up.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"serve did not answer GET / within {timeout.TotalSeconds} s:\n{Log}");
    }

    /// <summary>SIGKILL of the whole tree (serve and any Azurite it started): no shutdown code runs, exactly like a crash.</summary>
    public async Task KillAsync()
    {
        if (process is null || process.HasExited) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await KillAsync();
        process?.Dispose();
        if (dataFolder is not null)
        {
            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // Azurite may still be letting go of a file; the folder is under the temp directory.
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The folder holding Serverless.sln, above the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Serverless.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("Serverless.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The CLI built next to the tests (a project reference to src/Cli copies it there).</summary>
    private static string EaselDll()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "easel.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("easel.dll is not next to the tests; reference src/Cli and build.", dll);
        return dll;
    }
}
