using DurableTask.AzureStorage;
using DurableTask.Core;
using Easel.Pipeline.Orchestration;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging;
// Both DurableTask.Core and Microsoft.DurableTask define TaskActivity/TaskOrchestration: here the DTFx ones are meant.
using CoreTaskActivity = DurableTask.Core.TaskActivity;
using CoreTaskOrchestration = DurableTask.Core.TaskOrchestration;

namespace Easel.Cli.Serve;

/// <summary>
/// The Durable Task Framework running Pipeline's orchestration: a <see cref="TaskHubWorker"/> and a
/// <see cref="TaskHubClient"/> over <see cref="AzureStorageOrchestrationService"/> (Durable Functions' default
/// backend and storage layout), the orchestrator and every activity registered through Durable's shims
/// (<c>DurableTaskShimFactory</c>, which turns a <c>TaskOrchestrator</c> into a DTFx <c>TaskOrchestration</c>).
/// </summary>
public sealed class DurableEngine : IAsyncDisposable
{
    private readonly TaskHubWorker worker;
    private bool disposed;

    private DurableEngine(TaskHubWorker worker, TaskHubClient client, AzureStorageOrchestrationService service, string taskHub)
    {
        this.worker = worker;
        Client = client;
        Service = service;
        TaskHub = taskHub;
    }

    public TaskHubClient Client { get; }
    public AzureStorageOrchestrationService Service { get; }
    public string TaskHub { get; }

    public static AzureStorageOrchestrationServiceSettings Settings(
        string connectionString, string taskHub, int maxActivities, TimeSpan maxQueuePollingInterval, ILoggerFactory loggerFactory) => new()
        {
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            TaskHubName = taskHub,
            // Idle queues back off up to this interval; the default (30 s) would add that much latency to every step of
            // a generation that arrives after a quiet spell. Measured on 2 cores (docs/hosting.md): 500 ms keeps the
            // overhead well under a second at ~4% of a core idle (serve) + ~8% (Azurite); 100 ms costs ~45% idle.
            MaxQueuePollingInterval = maxQueuePollingInterval,
            // How long a message taken by a process that then died stays invisible: that is the time to resume after a
            // crash (measured: resume = this + ~0.5 s). A live worker renews a running activity's message every 5 s,
            // so 10 s leaves 5 s of slack before a long stage could be delivered twice (harmless, but wasted work).
            WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(10),
            ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(10),
            // The bound on concurrent work: stage activities across all generations (each is CPU-heavy).
            MaxConcurrentTaskActivityWorkItems = maxActivities,
            MaxConcurrentTaskOrchestrationWorkItems = 64,
            LoggerFactory = loggerFactory,
        };

    public static async Task<DurableEngine> StartAsync(
        AzureStorageOrchestrationServiceSettings settings, PaintServices services, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var service = new AzureStorageOrchestrationService(settings);
        await service.CreateIfNotExistsAsync().WaitAsync(cancellationToken);

        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions(), loggerFactory);
        var worker = new TaskHubWorker(service, loggerFactory)
        {
            // What Durable's own workers use: failures travel as FailureDetails, which the shims understand.
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        worker.AddTaskOrchestrations(new Creator<CoreTaskOrchestration>(ActivityNames.Orchestrator,
            () => shims.CreateOrchestration(new TaskName(ActivityNames.Orchestrator), new PaintOrchestrator())));
        // Exactly the set every host registers: an unregistered name would not fail, it would retry forever.
        foreach (var (name, activity) in PaintActivities.Create(services))
            worker.AddTaskActivities(new Creator<CoreTaskActivity>(name, () => shims.CreateActivity(new TaskName(name), activity)));
        await worker.StartAsync().WaitAsync(cancellationToken);

        var client = new TaskHubClient(service, new DurableJsonDataConverter(), loggerFactory);
        return new DurableEngine(worker, client, service, settings.TaskHubName);
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed) return;
        disposed = true;
        try
        {
            await worker.StopAsync(isForced: true).WaitAsync(TimeSpan.FromSeconds(15));
        }
        catch (TimeoutException)
        {
            // The process is going away; whatever was in flight is redelivered to the next one.
        }
        worker.Dispose();
    }

    /// <summary>Registers a factory under a name with the empty version Durable's callers use.</summary>
    private sealed class Creator<T> : ObjectCreator<T>
    {
        private readonly Func<T> factory;

        public Creator(string name, Func<T> factory)
        {
            Name = name;
            Version = "";
            this.factory = factory;
        }

        public override T Create() => factory();
    }
}
