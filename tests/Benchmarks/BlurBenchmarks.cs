using BenchmarkDotNet.Attributes;
using Easel.Benchmarks.Baselines;
using Easel.Pipeline.Imaging;

namespace Easel.Benchmarks;

/// <summary>The Gaussian blur (three box blurs) against its scalar predecessor, at a small and a large sigma.</summary>
public class BlurBenchmarks
{
    private float[] _plane = null!;
    private float[] _result = null!;

    [Params(512, 2048)]
    public int Size { get; set; }

    [Params(1.5f, 12f)]
    public float Sigma { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _plane = KernelPlanes.Of(Size).Luma().Data;
        _result = new float[_plane.Length];
    }

    [Benchmark(Baseline = true)]
    public void Scalar() => ScalarGaussianBlur.Apply(_plane, _result, Size, Size, Sigma);

    [Benchmark]
    public void Vectorised() => GaussianBlur.Apply(_plane, _result, Size, Size, Sigma);
}
