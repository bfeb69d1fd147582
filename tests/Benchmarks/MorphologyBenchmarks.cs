using BenchmarkDotNet.Attributes;
using Easel.Benchmarks.Baselines;
using Easel.Pipeline.Imaging;

namespace Easel.Benchmarks;

/// <summary>The sketch's opening and closing (half resolution, radius growing toward the bottom) against its scalar predecessor.</summary>
public class MorphologyBenchmarks
{
    private float[] _source = null!;
    private float[] _plane = null!;
    private int[] _radii = null!;

    /// <summary>Side of the half-resolution plane the sketch filters (a 1024² or 2048² picture).</summary>
    [Params(512, 1024)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _source = KernelPlanes.Of(Size).Luma().Data;
        _plane = new float[_source.Length];
        // As the sketch at this size: radius 2..4 per 512 px of picture, larger toward the bottom.
        var scale = Size / 256f;
        _radii = Enumerable.Range(0, Size).Select(y => Math.Max(1, (int)MathF.Round(2f * scale * (1f + 1.2f * y / Size)))).ToArray();
    }

    [Benchmark(Baseline = true)]
    public void Scalar()
    {
        _source.CopyTo(_plane, 0);
        ScalarMorphology.OpenClose(_plane, Size, Size, _radii);
    }

    [Benchmark]
    public void Vectorised()
    {
        _source.CopyTo(_plane, 0);
        Morphology.OpenClose(_plane, Size, Size, _radii);
    }
}
