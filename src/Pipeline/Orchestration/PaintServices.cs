using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Foreground;
using Easel.Pipeline.Stylize;

namespace Easel.Pipeline.Orchestration;

/// <summary>What the activities run on: the artifact store, the asset pack and the stylizers. One per process.</summary>
public sealed record PaintServices(IArtifactStore Store, AssetPack Assets, StylizerCatalog Stylizers)
{
    public static PaintServices CreateDefault(IArtifactStore store) =>
        new(store, AssetPack.Default, new StylizerCatalog(new ProceduralStylizer()));
}
