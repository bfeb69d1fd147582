using System.Text.Json;
using Easel.Api;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;

namespace Easel.Functions.Tests;

/// <summary>How the engine's view of an instance becomes the API's status, where the engine's own fields disagree.</summary>
public sealed class StatusShaperTests
{
    private const string Id = "a7e7a96912e84f8c96ed9ca3e6cea4e9";

    [Fact]
    public void A_pending_instance_whose_orchestrator_has_set_a_status_is_reported_running()
    {
        // The Azure Storage backend's instance row can stay Pending after a crash while the orchestration runs on.
        var shaped = StatusShaper.Shape(Instance(RuntimeStatus.Pending, new PaintStatus(StageNames.Waiting, 0, Id, null, null, [ArtifactKeys.Target], [])));

        Assert.Equal(("Running", true), (shaped.RuntimeStatus, shaped.Ready));
    }

    [Fact]
    public void A_pending_instance_with_no_status_yet_stays_pending_and_queued()
    {
        var shaped = StatusShaper.Shape(Instance(RuntimeStatus.Pending, null));

        Assert.Equal(("Pending", StageNames.Queued, false), (shaped.RuntimeStatus, shaped.Stage, shaped.Ready));
    }

    [Theory]
    [InlineData(RuntimeStatus.Completed)]
    [InlineData(RuntimeStatus.Terminated)]
    [InlineData(RuntimeStatus.Failed)]
    public void Other_statuses_are_reported_as_the_engine_says(RuntimeStatus status)
    {
        var shaped = StatusShaper.Shape(Instance(status, new PaintStatus(StageNames.Finished, 0, Id, null, null, [ArtifactKeys.Target], [])));

        Assert.Equal(status.ToString(), shaped.RuntimeStatus);
    }

    private static GenerationInstance Instance(RuntimeStatus status, PaintStatus? custom) => new(
        Id, ActivityNames.Orchestrator, status, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch,
        JsonSerializer.Serialize(new PaintInput(new PaintRequest("a goose", 3, ArtifactPrefix: Id))), null,
        custom is null ? null : JsonSerializer.Serialize(custom));
}
