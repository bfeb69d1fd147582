using BenchmarkDotNet.Attributes;
using Easel.Pipeline.Artifacts;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Easel.Benchmarks;

/// <summary>Writing one artifact: ImageSharp's PNG encoder (what the store used before) against <see cref="PngWriter"/>, on a real painting.</summary>
[MemoryDiagnoser]
public class PngBenchmarks
{
    private static readonly PngEncoder ImageSharpEncoder = new() { CompressionLevel = PngCompressionLevel.BestSpeed };
    private Image<Rgba32> _painting = null!;

    [Params(512, 2048)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var gallery = Path.Combine(Easel.TestHelpers.ServeProcess.RepositoryRoot(), "docs", "gallery", "fox.png");
        _painting = Image.Load<Rgba32>(gallery);
        _painting.Mutate(x => x.Resize(Size, Size));
    }

    [GlobalCleanup]
    public void Cleanup() => _painting.Dispose();

    [Benchmark(Baseline = true)]
    public long ImageSharp()
    {
        using var buffer = new MemoryStream();
        _painting.SaveAsPng(buffer, ImageSharpEncoder);
        return buffer.Length;
    }

    [Benchmark]
    public long Writer()
    {
        using var buffer = new MemoryStream();
        PngWriter.Write(_painting, buffer);
        return buffer.Length;
    }
}
