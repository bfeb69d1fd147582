using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;

namespace Easel.Api;

/// <summary>Turns an engine's view of an instance (input, custom status) into the API's <see cref="GenerationStatus"/>.</summary>
public static class StatusShaper
{
    public static GenerationStatus Shape(GenerationInstance instance)
    {
        var input = ApiJson.TryDeserialize<PaintInput>(instance.SerializedInput);
        // Each revision runs in its own execution (ContinueAsNew); until the new one sets a status,
        // the state it was handed describes the latest revision.
        var custom = ApiJson.TryDeserialize<PaintStatus>(instance.SerializedCustomStatus);
        var status = custom
            ?? (input?.State is { } state ? PaintStatus.Of(StageNames.Waiting, input.Request.ArtifactPrefix, state) : null);

        // Only the orchestrator sets a custom status, so an instance that has one has run. The Azure Storage backend
        // can still say Pending then: the instance row's status is written apart from the history, and a crash
        // between the two leaves it Pending while the orchestration runs on (Azure/azure-functions-durable-extension#520,
        // Azure/durabletask#1252; seen here with serve and Azurite killed together).
        var runtimeStatus = instance.RuntimeStatus == RuntimeStatus.Pending && custom is not null
            ? RuntimeStatus.Running
            : instance.RuntimeStatus;
        var id = instance.InstanceId;
        var stage = status?.Stage ?? (instance.IsTerminal ? StageNames.Ended : StageNames.Queued);
        var revision = status?.Revision ?? 0;
        var ready = stage is StageNames.Waiting or StageNames.Finished;
        var artifacts = (status?.Artifacts ?? [])
            .Where(ApiRoutes.IsArtifactName)
            .Distinct()
            .ToDictionary(name => Path.GetFileNameWithoutExtension(name), name => ApiRoutes.ArtifactUrl(id, revision, name));
        var history = (status?.History ?? [])
            .Select(r => new GenerationRevision(r.Revision, r.Text, r.Style, ApiRoutes.ArtifactUrl(id, r.Revision, ArtifactKeys.Target),
                ApiRoutes.ArtifactUrl(id, r.Revision, OpenRasterFile.Name), r.From,
                [.. Enumerable.Range(0, Math.Max(1, r.Candidates)).Select(j => r.Candidates > 1
                    ? ApiRoutes.CandidateArtifactUrl(id, r.Revision, j, ArtifactKeys.Target)
                    : ApiRoutes.ArtifactUrl(id, r.Revision, ArtifactKeys.Target))]))
            .ToList();
        var request = input?.Request;
        var scene = status?.Scene;
        var (progress, eta) = GenerationProgress.Estimate(status, request, ready, instance.IsTerminal);

        return new GenerationStatus(
            id, runtimeStatus.ToString(), stage, revision, ready, instance.CreatedTime, instance.LastUpdatedTime,
            request?.Prompt, request?.Seed, request?.Width, request?.Height,
            scene?.Elements ?? [], scene?.Emotion, status?.Style, scene?.Missing ?? [],
            artifacts, history,
            instance.RuntimeStatus == RuntimeStatus.Failed ? "The generation failed; see the server's log." : null,
            ready ? ApiRoutes.ArtifactUrl(id, revision, OpenRasterFile.Name) : null,
            progress, eta);
    }
}
