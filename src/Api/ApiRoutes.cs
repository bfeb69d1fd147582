using System.Globalization;
using System.Text.RegularExpressions;
using Easel.Pipeline.Artifacts;

namespace Easel.Api;

/// <summary>The API's routes (CONTRIBUTING.md, "Contracts") and the checks on their path segments.</summary>
public static partial class ApiRoutes
{
    public const string OpenApi = "openapi.json";
    public const string Generations = "generations";
    public const string Generation = "generations/{id}";
    public const string Revisions = "generations/{id}/revisions";
    public const string Events = "generations/{id}/events";
    public const string Artifact = "generations/{id}/artifacts/{revision}/{name}";
    public const string CandidateArtifact = "generations/{id}/artifacts/{revision}/candidates/{candidate}/{name}";

    public const string ManagementInstances = "runtime/webhooks/durabletask/instances";
    public const string ManagementInstance = "runtime/webhooks/durabletask/instances/{id}";
    public const string ManagementRaiseEvent = "runtime/webhooks/durabletask/instances/{id}/raiseEvent/{eventName}";
    public const string ManagementTerminate = "runtime/webhooks/durabletask/instances/{id}/terminate";
    public const string ManagementSuspend = "runtime/webhooks/durabletask/instances/{id}/suspend";
    public const string ManagementResume = "runtime/webhooks/durabletask/instances/{id}/resume";

    public const int MaxRevision = 100_000;

    public static string StatusUrl(string id) => $"/api/generations/{Uri.EscapeDataString(id)}";

    public static string ArtifactUrl(string id, int revision, string name) =>
        $"/api/generations/{Uri.EscapeDataString(id)}/artifacts/{revision.ToString(CultureInfo.InvariantCulture)}/{Uri.EscapeDataString(name)}";

    public static string CandidateArtifactUrl(string id, int revision, int candidate, string name) =>
        $"/api/generations/{Uri.EscapeDataString(id)}/artifacts/{revision.ToString(CultureInfo.InvariantCulture)}/candidates/{candidate.ToString(CultureInfo.InvariantCulture)}/{Uri.EscapeDataString(name)}";

    /// <summary>A candidate number as written in a URL: one digit below the most a revision paints.</summary>
    public static bool TryCandidate(string? text, out int candidate)
    {
        candidate = text is { Length: 1 } && text[0] >= '0' && text[0] - '0' < Pipeline.Orchestration.PaintRequestValidator.MaxCandidates ? text[0] - '0' : -1;
        return candidate >= 0;
    }

    /// <summary>Instance ids are the ones Durable accepts and we mint (32 hex digits), never a path.</summary>
    public static bool IsInstanceId(string? id) => id is not null && InstanceId().IsMatch(id);

    public static bool IsEventName(string? name) => name is not null && EventName().IsMatch(name);

    /// <summary>A revision number as written in a URL: plain decimal digits, no sign, no padding tricks beyond "0".</summary>
    public static bool TryRevision(string? text, out int revision)
    {
        revision = -1;
        return text is not null && RevisionNumber().IsMatch(text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out revision) && revision <= MaxRevision;
    }

    /// <summary>An artifact file name a client may read: no separators, no "..", so a request never leaves its instance's folder.</summary>
    public static bool IsArtifactName(string? name) => name is not null && ArtifactKeys.IsArtifactName(name);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex InstanceId();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex EventName();

    [GeneratedRegex("^(0|[1-9][0-9]{0,5})$")]
    private static partial Regex RevisionNumber();
}
