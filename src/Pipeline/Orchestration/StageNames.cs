namespace Easel.Pipeline.Orchestration;

/// <summary>
/// The orchestration's progress names, written once: the <c>stage</c> of its custom status (read by the page, the
/// CLI's progress lines, the HTTP API and the tests) and the keys of the manifest's <c>timingsMs</c> (read by the bench).
/// web/app.js repeats the painting stages' names; a test checks that it uses these.
/// </summary>
public static class StageNames
{
    /// <summary>Status before any stage finished.</summary>
    public const string Started = "started";

    /// <summary>Status once a revision is complete and a comment may follow.</summary>
    public const string Waiting = "waiting";

    /// <summary>Status while a recalled picture's revision comments are replayed (not ready yet).</summary>
    public const string Recalling = "recalling";

    /// <summary>Status once the conversation is over.</summary>
    public const string Finished = "finished";

    /// <summary>The HTTP API's stage for an instance that has set no status yet (waiting for a worker).</summary>
    public const string Queued = "queued";

    /// <summary>The HTTP API's stage for an instance that ended without a status (failed or terminated early).</summary>
    public const string Ended = "ended";

    public const string Analyze = "analyze";
    public const string Revise = "revise";
    public const string Style = "style";
    public const string Compose = "compose";
    public const string Background = "background";
    public const string Foreground = "foreground";
    public const string Merge = "merge";
    public const string Sketch = "sketch";
    public const string Stylize = "stylize";

    /// <summary>A revision's unchanged artifacts were copied from the previous revision's folder.</summary>
    public const string Carry = "carry";

    /// <summary>The stages the page shows, in the order they run.</summary>
    public static IReadOnlyList<string> Shown { get; } = [Analyze, Compose, Background, Foreground, Merge, Sketch, Stylize];

    /// <summary>False for the statuses that are not the end of a stage: queued, started, waiting, finished, ended.</summary>
    public static bool EndsAStage(string status) => status is not (Queued or Started or Waiting or Finished or Ended);

    /// <summary>The timing key of one foreground element's image: "foreground-goose".</summary>
    public static string ForegroundOf(string element) => $"{Foreground}-{element}";

    public static bool IsForegroundTiming(string key) => key.StartsWith(Foreground + "-", StringComparison.Ordinal);
}
