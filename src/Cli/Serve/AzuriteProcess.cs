using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Easel.Cli.Serve;

/// <summary>
/// Azurite (the repository's npm dependency) on loopback ports, its data in one folder. Two ways to run it:
/// <list type="bullet">
/// <item><see cref="StartAsync"/>: a child that stops with us — gracefully on dispose (so it saves its metadata), and
/// on its own when our process dies, because a preloaded guard turns the end of its stdin into SIGTERM (tests).</item>
/// <item><see cref="StartLongLivedAsync"/>: its own session (<c>setsid</c>), outliving serve, recorded in
/// <c>easel-azurite.json</c> in its data folder so the next serve finds it again (<see cref="FindAsync"/>); the data
/// folder is the durable state. Its metadata is saved every 250 ms instead of Azurite's 5 s (<see cref="SaveInterval"/>).</item>
/// </list>
/// </summary>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    /// <summary>How often the long-lived Azurite saves changed metadata to its data folder (Azurite's own default is 5 s).</summary>
    public static readonly TimeSpan SaveInterval = TimeSpan.FromMilliseconds(250);

    public const string RecordFile = "easel-azurite.json";

    // Azurite's well-known development account (public, documented by Microsoft; not a secret).
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    // Preloaded into Azurite's node: when our end of its stdin closes (we exited or died), SIGTERM lets Azurite close
    // its servers and save its metadata; Azurite then lingers on timers, so the guard exits 2 s later.
    private const string Guard = "data:text/javascript,const stop=()=>{process.kill(process.pid,'SIGTERM');setTimeout(()=>process.exit(0),2000).unref();};process.stdin.on('end',stop);process.stdin.on('error',stop);process.stdin.resume();";

    private readonly Process? process;

    private AzuriteProcess(Process? process, int processId, string dataFolder, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        ProcessId = processId;
        DataFolder = dataFolder;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public string DataFolder { get; }
    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }
    public int ProcessId { get; }

    /// <summary>True for the long-lived kind: it keeps running when we exit.</summary>
    public bool LongLived => process is null;

    /// <summary>Whether the Azurite process is still there (it may be stopped with SIGSTOP: <see cref="AnswersAsync"/> tells).</summary>
    public bool IsAlive => process is not null ? !process.HasExited : IsAzuriteProcess(ProcessId);

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
        return new AzuriteProcess(process, process.Id, dataFolder, ports["Blob"], ports["Queue"], ports["Table"]);
    }

    /// <summary>
    /// Starts Azurite in its own session, so that neither our exit nor a signal to our process group stops it, on the
    /// given ports (or free ones), and records it for <see cref="FindAsync"/>. Its output goes to <c>azurite.log</c>.
    /// </summary>
    public static async Task<AzuriteProcess> StartLongLivedAsync(string azuriteScript, string dataFolder, (int Blob, int Queue, int Table)? ports = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dataFolder);
        var (blob, queue, table) = ports ?? (FreePort(), FreePort(), FreePort());
        var log = Path.Combine(dataFolder, "azurite.log");
        // A CommonJS patch of LokiJS (Azurite's metadata store) loaded before Azurite: save changes every 250 ms.
        var savePatch = $"data:text/javascript,import {{createRequire}} from 'module';const r=createRequire({System.Text.Json.JsonSerializer.Serialize(azuriteScript)});" +
            $"const L=r('lokijs');const c=L.prototype.configureOptions;L.prototype.configureOptions=function(o,i){{if(o&&o.autosave)o.autosaveInterval={(int)SaveInterval.TotalMilliseconds};return c.call(this,o,i);}};";
        var info = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "sh", "-c", "exec \"$@\" >>\"$LOG\" 2>&1 </dev/null", "azurite",
            "node", "--no-warnings", "--import", savePatch, azuriteScript,
            "--location", dataFolder, "--silent", "--skipApiVersionCheck",
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", blob.ToString(CultureInfo.InvariantCulture), "--queuePort", queue.ToString(CultureInfo.InvariantCulture),
            "--tablePort", table.ToString(CultureInfo.InvariantCulture),
        })
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["LOG"] = log;
        using var started = Process.Start(info) ?? throw new InvalidOperationException("Could not start node for Azurite (is setsid installed?).");
        var azurite = new AzuriteProcess(null, started.Id, dataFolder, blob, queue, table);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await azurite.AnswersAsync(cancellationToken))
        {
            if (started.HasExited || DateTime.UtcNow > deadline)
            {
                if (!started.HasExited) started.Kill();
                var tail = File.Exists(log) ? string.Join(Environment.NewLine, File.ReadLines(log).TakeLast(10)) : "";
                throw new InvalidOperationException($"Azurite did not start:{Environment.NewLine}{tail}");
            }
            await Task.Delay(200, cancellationToken);
        }
        await File.WriteAllTextAsync(Path.Combine(dataFolder, RecordFile),
            System.Text.Json.JsonSerializer.Serialize(new Record(azurite.ProcessId, blob, queue, table)), cancellationToken);
        return azurite;
    }

    /// <summary>
    /// The long-lived Azurite recorded in <paramref name="dataFolder"/>, when it is still running and answers. One that
    /// runs but does not answer within 15 s (a busy machine can be slow) is stopped, so that two never share the folder.
    /// </summary>
    public static async Task<AzuriteProcess?> FindAsync(string dataFolder, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(dataFolder, RecordFile);
        if (!File.Exists(path)) return null;
        Record? record;
        try
        {
            record = System.Text.Json.JsonSerializer.Deserialize<Record>(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
        if (record is null || !IsAzuriteProcess(record.Pid)) return null;
        var azurite = new AzuriteProcess(null, record.Pid, dataFolder, record.BlobPort, record.QueuePort, record.TablePort);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await azurite.AnswersAsync(cancellationToken)) return azurite;
        }
        await azurite.StopAsync();
        return null;
    }

    /// <summary>The ports this Azurite listens on, to start the next one of its data folder on the same ones.</summary>
    public (int Blob, int Queue, int Table) Ports => (BlobPort, QueuePort, TablePort);

    /// <summary>True when Azurite's blob service answers an HTTP request within five seconds (a stopped or hung one does not).</summary>
    public async Task<bool> AnswersAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            using var response = await Probe.GetAsync($"http://127.0.0.1:{BlobPort}/{Account}?comp=list", timeout.Token);
            return true; // any answer, even 403, is a live Azurite
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Stops a long-lived Azurite (SIGTERM: it saves its metadata) and waits up to 10 s for it to go.</summary>
    public async Task StopAsync()
    {
        if (!IsAlive) return;
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", ProcessId.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false });
        if (kill is not null) await kill.WaitForExitAsync();
        for (var i = 0; i < 100 && IsAlive; i++) await Task.Delay(100);
        if (IsAlive) Process.Start(new ProcessStartInfo("kill", ["-KILL", ProcessId.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })?.Dispose();
    }

    private static readonly HttpClient Probe = new();

    private sealed record Record(int Pid, int BlobPort, int QueuePort, int TablePort);

    private static bool IsAzuriteProcess(int pid)
    {
        try
        {
            // Not a pid reused by something else: its command line names azurite. A zombie has an empty one.
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline");
            return commandLine.Contains("azurite", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A child Azurite stops (gracefully); a long-lived one is left running for the next serve.</summary>
    public async ValueTask DisposeAsync()
    {
        if (process is null) return;
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
