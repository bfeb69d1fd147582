using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Easel.Web.Tests;

/// <summary>
/// A real <c>easel serve</c> (the Cli built next to these tests) on a free loopback port, with Azurite started by
/// serve itself under a temporary folder, as a user runs it. <c>EASEL_SERVE_URL</c> points the tests at a server
/// that is already running instead (another serve, a Functions host).
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process? process;
    private readonly string? dataFolder;
    private readonly StringBuilder log;

    private ServeProcess(Uri baseUrl, Process? process, string? dataFolder, StringBuilder log)
    {
        BaseUrl = baseUrl;
        this.process = process;
        this.dataFolder = dataFolder;
        this.log = log;
    }

    public Uri BaseUrl { get; }

    /// <summary>What serve printed so far (for failure messages).</summary>
    public string Log
    {
        get { lock (log) return log.ToString(); }
    }

    public static async Task<ServeProcess> StartAsync(TimeSpan timeout)
    {
        if (Environment.GetEnvironmentVariable("EASEL_SERVE_URL") is { Length: > 0 } external)
            return new ServeProcess(new Uri(external), null, null, new StringBuilder("(external server)"));

        var root = RepositoryRoot();
        var cli = Path.Combine(AppContext.BaseDirectory, "easel.dll");
        if (!File.Exists(cli)) throw new InvalidOperationException($"easel.dll is not next to the tests ({cli}).");

        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var data = Path.Combine(Path.GetTempPath(), $"easel-web-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { cli, "serve", "--urls", url.ToString().TrimEnd('/') }) start.ArgumentList.Add(argument);
        // Its own Azurite data and task hub, so that a run never meets another run's instances.
        start.Environment["EASEL_AZURITE_DATA"] = Path.Combine(data, "azurite");
        start.Environment["EASEL_TASK_HUB"] = "webtests" + port;
        start.Environment["EASEL_WEB"] = Path.Combine(root, "web");
        start.Environment.Remove("EASEL_STORAGE");
        start.Environment.Remove("EASEL_ARTIFACTS");

        var log = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var serve = new ServeProcess(url, process, data, log);
        try
        {
            await serve.WaitUntilReadyAsync(timeout);
        }
        catch
        {
            await serve.DisposeAsync();
            throw;
        }
        return serve;
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process is { HasExited: true })
                throw new InvalidOperationException($"serve exited with code {process.ExitCode}:\n{Log}");
            try
            {
                using var response = await http.GetAsync(BaseUrl);
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

    public async ValueTask DisposeAsync()
    {
        if (process is not null)
        {
            if (!process.HasExited)
            {
                // The whole tree: serve and the Azurite it started.
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            process.Dispose();
        }
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

    /// <summary>The folder holding Serverless.sln, above the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Serverless.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("Serverless.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
