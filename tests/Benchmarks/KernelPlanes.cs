using Easel.Pipeline.Imaging;
using Easel.TestHelpers;

namespace Easel.Benchmarks;

/// <summary>Float planes of the code-drawn test scene at a size: what the kernels take.</summary>
public static class KernelPlanes
{
    public static RgbPlanes Of(int size)
    {
        using var image = TestScene.Merged(size);
        return RgbPlanes.FromImage(image);
    }
}
