using System.Reflection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Tests.Golden;

/// <summary>
/// Compares an image with its committed reference PNG in tests/Pipeline.Tests/Golden/Reference/ (read from the
/// source tree, the one folder that updates are written to), in the manner of ImageSharp's TolerantImageComparer:
/// the mean per-channel difference over the whole image and the largest per-channel difference of any pixel must
/// both stay within the tolerance.
/// </summary>
/// <remarks>
/// On a mismatch the actual image and an amplified difference image are written to <see cref="FailureFolder"/>
/// (beside the test binaries) and their paths are put in the assertion message.
/// <para>
/// Changing a picture on purpose: <c>EASEL_UPDATE_GOLDEN=1 dotnet test tests/Pipeline.Tests --filter Golden</c>
/// rewrites every reference that is missing or outside its tolerance (one within tolerance is left alone, so
/// noise never churns the files); look at the new PNGs (git diff shows which) and commit them (CONTRIBUTING.md).
/// </para>
/// </remarks>
internal static class ReferenceImages
{
    public const string UpdateVariable = "EASEL_UPDATE_GOLDEN";

    /// <summary>The reference folder in the source tree (the project directory is baked in at build time).</summary>
    public static string Folder { get; } = Path.Combine(ProjectDirectory(), "Golden", "Reference");

    /// <summary>Where the actual and difference images of a failed comparison go.</summary>
    public static string FailureFolder { get; } = Path.Combine(AppContext.BaseDirectory, "golden-failures");

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static void AssertMatches(Image<Rgba32> actual, string name, GoldenTolerance tolerance)
    {
        var path = Path.Combine(Folder, name);
        if (!File.Exists(path))
        {
            if (Updating)
            {
                Save(actual, path);
                return;
            }
            var written = WriteActual(actual, name);
            Assert.Fail($"{name}: no reference at {path}. Actual image: {written}. " +
                        $"Create it with {UpdateVariable}=1 dotnet test tests/Pipeline.Tests --filter Golden, look at it, commit it.");
        }

        using var expected = Image.Load<Rgba32>(path);
        var difference = expected.Size() == actual.Size() ? Difference(expected, actual) : (Mean: 255.0, Max: 255);
        if (tolerance.Allows(difference))
        {
            DeleteFailureImages(name);
            return;
        }
        if (Updating)
        {
            Save(actual, path);
            return;
        }
        var actualPath = WriteActual(actual, name);
        var diffPath = WriteDiff(expected, actual, name);
        Assert.Fail($"{name}: {(expected.Size() == actual.Size() ? "" : $"size {actual.Size()} instead of {expected.Size()}, ")}" +
                    $"mean difference {difference.Mean:0.###} (allowed {tolerance.Mean}), max {difference.Max} (allowed {tolerance.Max}). " +
                    $"Reference: {path}; actual: {actualPath}; diff: {diffPath ?? "(sizes differ)"}. " +
                    $"If the change is intended: {UpdateVariable}=1 dotnet test tests/Pipeline.Tests --filter Golden, look, commit.");
    }

    /// <summary>Mean and max absolute difference over the R, G, B and A channels, in 0..255.</summary>
    public static (double Mean, int Max) Difference(Image<Rgba32> a, Image<Rgba32> b)
    {
        Assert.Equal(a.Size(), b.Size());
        long sum = 0;
        var max = 0;
        for (var y = 0; y < a.Height; y++)
            for (var x = 0; x < a.Width; x++)
            {
                var p = a[x, y];
                var q = b[x, y];
                foreach (var d in new[] { Math.Abs(p.R - q.R), Math.Abs(p.G - q.G), Math.Abs(p.B - q.B), Math.Abs(p.A - q.A) })
                {
                    sum += d;
                    max = Math.Max(max, d);
                }
            }
        return (sum / (4.0 * a.Width * a.Height), max);
    }

    private static void DeleteFailureImages(string name)
    {
        // File.Delete ignores a missing file but not a missing folder (a clean checkout has no failures yet).
        if (!Directory.Exists(FailureFolder)) return;
        foreach (var suffix in new[] { ".actual.png", ".diff.png" })
            File.Delete(Path.Combine(FailureFolder, Path.GetFileNameWithoutExtension(name) + suffix));
    }

    private static string WriteActual(Image<Rgba32> actual, string name)
    {
        var path = Path.Combine(FailureFolder, Path.GetFileNameWithoutExtension(name) + ".actual.png");
        Save(actual, path);
        return path;
    }

    /// <summary>|expected - actual| per channel, times four so small differences show, on an opaque image.</summary>
    private static string? WriteDiff(Image<Rgba32> expected, Image<Rgba32> actual, string name)
    {
        if (expected.Size() != actual.Size()) return null;
        using var diff = new Image<Rgba32>(expected.Width, expected.Height);
        for (var y = 0; y < diff.Height; y++)
            for (var x = 0; x < diff.Width; x++)
            {
                var p = expected[x, y];
                var q = actual[x, y];
                var a = Math.Abs(p.A - q.A);
                diff[x, y] = new Rgba32(Amplify(Math.Max(Math.Abs(p.R - q.R), a)), Amplify(Math.Max(Math.Abs(p.G - q.G), a)),
                    Amplify(Math.Max(Math.Abs(p.B - q.B), a)));
            }
        var path = Path.Combine(FailureFolder, Path.GetFileNameWithoutExtension(name) + ".diff.png");
        Save(diff, path);
        return path;
    }

    private static byte Amplify(int d) => (byte)Math.Min(255, d * 4);

    /// <summary>Best compression and no metadata, so a reference is small and the same bytes every time.</summary>
    private static void Save(Image<Rgba32> image, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var opaque = IsOpaque(image);
        image.SaveAsPng(path, new PngEncoder
        {
            ColorType = opaque ? PngColorType.Rgb : PngColorType.RgbWithAlpha,
            BitDepth = PngBitDepth.Bit8,
            CompressionLevel = PngCompressionLevel.BestCompression,
        });
    }

    private static bool IsOpaque(Image<Rgba32> image)
    {
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                if (image[x, y].A != 255) return false;
        return true;
    }

    private static string ProjectDirectory() =>
        typeof(ReferenceImages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ProjectDirectory").Value!;
}
