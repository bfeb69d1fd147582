using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Easel.Cli.Serve;

/// <summary>
/// Azurite (the repository's npm dependency) as a child process on free loopback ports, its data in one folder.
/// It stops with us: gracefully on dispose (so it saves its metadata), and on its own when our process dies,
/// because a preloaded guard turns the end of its stdin (our end of the pipe closes with us) into SIGTERM.
/// </summary>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    // Azurite's well-known development account (public, documented by Microsoft; not a secret).
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    // Preloaded into Azurite's node: when our end of its stdin closes (we exited or died), SIGTERM lets Azurite close
    // its servers and save its metadata; Azurite then lingers on timers, so the guard exits 2 s later.
    private const string Guard = "data:text/javascript,const stop=()=>{process.kill(process.pid,'SIGTERM');setTimeout(()=>process.exit(0),2000).unref();};process.stdin.on('end',stop);process.stdin.on('error',stop);process.stdin.resume();";

    private readonly Process process;

    private AzuriteProcess(Process process, string dataFolder, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        DataFolder = dataFolder;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public string DataFolder { get; }
    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }
    public int ProcessId => process.Id;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{Account};QueueEndpoint=http://127.0.0.1:{QueuePort}/{Account};TableEndpoint=http://127.0.0.1:{TablePort}/{Account};";

    /// <param name="azuriteScript">node_modules/azurite/dist/src/azurite.js</param>
    public static async Task<AzuriteProcess> StartAsync(string azuriteScript, string dataFolder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dataFolder);
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--no-warnings", "--import", Guard, azuriteScript,
            "--location", dataFolder, "--silent", "--skipApiVersionCheck",
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", "0", "--queuePort", "0", "--tablePort", "0",
        })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        var ports = new Dictionary<string, int>();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new List<string>();
        void OnLine(string? line)
        {
            if (line is null) return;
            lock (log)
            {
                if (log.Count < 50) log.Add(line);
                if (Listening().Match(line) is { Success: true } match)
                {
                    ports[match.Groups[1].Value] = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                    if (ports.Count == 3) ready.TrySetResult();
                }
            }
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var exited = process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(Timeout.Infinite, timeout.Token));
        if (first != ready.Task)
        {
            if (!process.HasExited) process.Kill();
            string output;
            lock (log) output = string.Join(Environment.NewLine, log);
            throw new InvalidOperationException($"Azurite did not start:{Environment.NewLine}{output}");
        }
        return new AzuriteProcess(process, dataFolder, ports["Blob"], ports["Queue"], ports["Table"]);
    }

    public async ValueTask DisposeAsync()
    {
        if (process.HasExited)
        {
            process.Dispose();
            return;
        }
        try
        {
            // Closing stdin makes the guard send SIGTERM: Azurite closes its servers and saves its metadata.
            process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
        process.Dispose();
    }

    [GeneratedRegex(@"Azurite (Blob|Queue|Table) service is successfully listening at https?://[^:]+:(\d+)")]
    private static partial Regex Listening();
}
