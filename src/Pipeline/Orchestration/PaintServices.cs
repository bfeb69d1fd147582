using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Foreground;
using Easel.Pipeline.Models;
using Easel.Pipeline.Stylize;
using Easel.Pipeline.Webhooks;

namespace Easel.Pipeline.Orchestration;

/// <summary>What the activities run on: the artifact store, the asset pack, the stylizers and how webhooks are sent
/// (none when null: <c>generate</c> takes no callbacks). One per process.</summary>
public sealed record PaintServices(IArtifactStore Store, AssetPack Assets, StylizerCatalog Stylizers, WebhookSettings? Webhooks = null)
{
    /// <param name="stylizers">The process's catalog (holds the model sessions); null builds one from the built-in
    /// models/models.json on the CPU (<see cref="ModelOptions.Default"/>).</param>
    public static PaintServices CreateDefault(IArtifactStore store, StylizerCatalog? stylizers = null) =>
        new(store, AssetPack.Default, stylizers ?? StylizerCatalog.CreateDefault(ModelOptions.Default));
}
