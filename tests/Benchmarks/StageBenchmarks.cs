using BenchmarkDotNet.Attributes;
using Easel.Pipeline.Background;
using Easel.Pipeline.Foreground;
using Easel.Pipeline.Initial;
using Easel.Pipeline.Merge;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Sketch;
using Easel.Pipeline.Style;
using Easel.Pipeline.Stylize;

namespace Easel.Benchmarks;

/// <summary>Each image stage alone, on the inputs the previous stages made of one scene (what `bench` times per stage, minus PNG I/O).</summary>
[MemoryDiagnoser]
public class StageBenchmarks : IDisposable
{
    private StageScene _scene = null!;
    private readonly ProceduralStylizer _stylizer = new();

    [Params(512, 1024)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup() => _scene = new StageScene(Size);

    [GlobalCleanup]
    public void Dispose()
    {
        _scene?.Dispose();
        GC.SuppressFinalize(this);
    }

    [GlobalCleanup]
    public void Cleanup() => _scene.Dispose();

    [Benchmark]
    public void Compose() => new InitialRenderer(AssetPack.Default).Render(_scene.Scene, _scene.Layout, StageScene.Seed).Dispose();

    [Benchmark]
    public void Inpaint() => new Inpainter().Inpaint(_scene.Initial.Image, _scene.Mask).Dispose();

    [Benchmark]
    public void Merge() => new Merger().Merge(_scene.Background, _scene.Layout, _scene.Sprites, _scene.Scene, new ElementMattes(Size, Size)).Dispose();

    [Benchmark]
    public void Sketch() => new Sketcher().Sketch(_scene.Merged, _scene.Mattes).Dispose();

    public static IEnumerable<string> Styles => StyleNames.All;

    /// <summary>Each of the nine procedural renderers (with the context, tone grade and conversion the stylizer adds).</summary>
    [Benchmark]
    [ArgumentsSource(nameof(Styles))]
    public void Stylize(string style) =>
        _stylizer.Stylize(new StylizeRequest(_scene.Merged, _scene.Sketch, style, Tone.Neutral, StageScene.Seed)).Dispose();
}
