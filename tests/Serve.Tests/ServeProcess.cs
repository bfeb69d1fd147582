using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Easel.Serve.Tests;

/// <summary>A real <c>easel serve</c> process on a free loopback port, on the storage and task hub it is given.</summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private ServeProcess(Process process, Uri baseUri)
    {
        this.process = process;
        BaseUri = baseUri;
        Client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseUri { get; }
    public HttpClient Client { get; }
    public int ProcessId => process.Id;

    public string Log
    {
        get { lock (log) return log.ToString(); }
    }

    public static async Task<ServeProcess> StartAsync(string storageConnection, string taskHub, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var urls = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { EaselDll(), "serve", "--urls", urls }) info.ArgumentList.Add(argument);
        // An empty connection lets serve run its own (long-lived) Azurite.
        if (storageConnection.Length > 0) info.Environment["EASEL_STORAGE"] = storageConnection;
        info.Environment["EASEL_TASK_HUB"] = taskHub;
        info.Environment["EASEL_MAX_ACTIVITIES"] = "2";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;

        var process = Process.Start(info)!;
        var serve = new ServeProcess(process, new Uri(urls));
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(string? line)
        {
            if (line is null) return;
            lock (serve.log) serve.log.AppendLine(line);
            if (line.StartsWith("Listening on", StringComparison.Ordinal)) listening.TrySetResult();
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var first = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90)));
        if (first != listening.Task)
        {
            await serve.DisposeAsync();
            throw new InvalidOperationException($"serve did not start:{Environment.NewLine}{serve.Log}");
        }
        return serve;
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crash.</summary>
    public async Task KillAsync()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await KillAsync();
        process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The CLI built next to the tests (the project reference copies it here).</summary>
    private static string EaselDll()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "easel.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("easel.dll is not next to the tests; build tests/Serve.Tests.", dll);
        return dll;
    }
}
