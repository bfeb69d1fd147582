using BenchmarkDotNet.Attributes;
using Easel.Pipeline.Imaging;
using Easel.Pipeline.Sketch;
using Easel.Pipeline.Stylize;

namespace Easel.Benchmarks;

/// <summary>The hot kernels the stages share: structure tensor, Canny, one layer of brush strokes.</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private RgbPlanes _planes = null!;
    private float[] _luma = null!;
    private StructureTensor _tensor = null!;

    [Params(512, 1024)]
    public int Size { get; set; }

    private float Scale => Size / 512f;

    [GlobalSetup]
    public void Setup()
    {
        _planes = KernelPlanes.Of(Size);
        _luma = _planes.Luma().Data;
        _tensor = StructureTensor.Compute(_luma, Size, Size, 1.5f * Scale, 6f * Scale, 0.0004f);
    }

    /// <summary>As the stylizers' context computes it.</summary>
    [Benchmark]
    public StructureTensor Tensor() => StructureTensor.Compute(_luma, Size, Size, 1.5f * Scale, 6f * Scale, 0.0004f);

    [Benchmark]
    public float[] Canny() => CannyEdges.Detect([_luma], Size, Size, null, 0.04f, 0.1f, adaptive: true);

    /// <summary>Impressionism's first layer.</summary>
    [Benchmark]
    public void StrokeLayerPaint() =>
        StrokeLayer.Paint(_planes.Clone(), _planes, _tensor, new StrokeLayerSettings(5.5f, 7f, 2.6f, 0.92f, 0.7f, 0.3f, 0.035f, 0.3f, 0.1f), Scale, 1);
}
