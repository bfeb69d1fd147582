using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.DurableTask;

namespace Easel.Cli.Tests.Orchestration;

/// <summary>One activity call as a test sees it: name, input as JSON, and how many activities of the fan-out were in flight when it started.</summary>
public sealed record ActivityCall(string Name, string InputJson, int InFlightAtStart);

/// <summary>Wraps the real activities to record every call, and holds fan-out calls briefly so that their overlap is observable.</summary>
public sealed class ActivityRecorder
{
    private int inFlight;

    public ConcurrentQueue<ActivityCall> Calls { get; } = new();

    public int MaxInFlight { get; private set; }

    public IReadOnlyDictionary<string, ITaskActivity> Wrap(IReadOnlyDictionary<string, ITaskActivity> activities) =>
        activities.ToDictionary(a => a.Key, a => (ITaskActivity)new Recording(a.Key, a.Value, this));

    private sealed class Recording(string name, ITaskActivity inner, ActivityRecorder recorder) : ITaskActivity
    {
        public Type InputType => inner.InputType;

        public Type OutputType => inner.OutputType;

        public async Task<object?> RunAsync(TaskActivityContext context, object? input)
        {
            var now = Interlocked.Increment(ref recorder.inFlight);
            lock (recorder) recorder.MaxInFlight = Math.Max(recorder.MaxInFlight, now);
            recorder.Calls.Enqueue(new ActivityCall(name, JsonSerializer.Serialize(input, JsonSerializerOptions.Web), now));
            try
            {
                // Long enough for the other branches of a fan-out to start if they were scheduled together.
                await Task.Delay(150);
                return await inner.RunAsync(context, input);
            }
            finally
            {
                Interlocked.Decrement(ref recorder.inFlight);
            }
        }
    }
}
