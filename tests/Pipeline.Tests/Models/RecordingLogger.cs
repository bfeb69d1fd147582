using Microsoft.Extensions.Logging;

namespace Easel.Pipeline.Tests.Models;

/// <summary>Keeps the warnings logged to it (thread-safe).</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly List<string> warnings = [];

    public IReadOnlyList<string> Warnings
    {
        get { lock (warnings) return [.. warnings]; }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel == LogLevel.Warning)
            lock (warnings) warnings.Add(formatter(state, exception));
    }
}
