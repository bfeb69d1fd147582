using System.IO.Compression;
using System.Xml.Linq;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Easel.Cli.Tests.Generate;

public sealed class LayersTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("easel-layers-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Layers_ora_follows_OpenRaster_and_its_visible_layers_rebuild_the_merged_picture()
    {
        var output = Path.Combine(root, "out");
        var run = await CliProcess.RunAsync(["generate", "two geese and a horse on the grass", "--out", output, "--size", "160x160", "--layers"]);
        Assert.Equal(0, run.ExitCode);
        var ora = Path.Combine(output, "r0", "layers.ora");

        using var zip = ZipFile.OpenRead(ora);
        // OpenRaster: "mimetype" is the first entry, stored uncompressed, so readers find the type at a fixed offset.
        var first = zip.Entries[0];
        Assert.Equal("mimetype", first.FullName);
        Assert.Equal(first.Length, first.CompressedLength);
        Assert.Equal("image/openraster", new StreamReader(first.Open()).ReadToEnd());
        Assert.NotNull(zip.GetEntry("mergedimage.png"));
        Assert.NotNull(zip.GetEntry("Thumbnails/thumbnail.png"));

        var stack = XDocument.Load(zip.GetEntry("stack.xml")!.Open()).Root!;
        Assert.Equal("160", stack.Attribute("w")!.Value);
        var layers = stack.Descendants("layer").ToList();
        // The hidden painting on top, a layer per goose and the horse, the background at the bottom.
        Assert.Equal(["painting", "background"], new[] { layers[0], layers[^1] }.Select(l => l.Attribute("name")!.Value));
        Assert.Equal(3, layers.Count(l => l.Attribute("name")!.Value.StartsWith("goose") || l.Attribute("name")!.Value == "horse"));
        Assert.All(layers, l => Assert.NotNull(zip.GetEntry(l.Attribute("src")!.Value)));

        // Composite the visible layers bottom-up; it must look like mergedimage.png (which adds only shadows and light).
        using var composite = Load(zip, layers[^1].Attribute("src")!.Value);
        foreach (var layer in layers.Where(l => l.Attribute("visibility")!.Value == "visible").Reverse().Skip(1))
        {
            using var image = Load(zip, layer.Attribute("src")!.Value);
            var at = new Point(int.Parse(layer.Attribute("x")!.Value), int.Parse(layer.Attribute("y")!.Value));
            composite.Mutate(c => c.DrawImage(image, at, 1f));
        }
        using var merged = Load(zip, "mergedimage.png");
        using var background = Load(zip, layers[^1].Attribute("src")!.Value);
        Assert.True(MeanDifference(composite, merged) < 6, "the layers should rebuild the merged picture");
        Assert.True(MeanDifference(background, merged) > MeanDifference(composite, merged) + 1, "the element layers should matter");
    }

    private static Image<Rgba32> Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return Image.Load<Rgba32>(stream);
    }

    private static double MeanDifference(Image<Rgba32> a, Image<Rgba32> b)
    {
        double sum = 0;
        for (var y = 0; y < a.Height; y++)
            for (var x = 0; x < a.Width; x++)
            {
                var (p, q) = (a[x, y], b[x, y]);
                sum += Math.Abs(p.R - q.R) + Math.Abs(p.G - q.G) + Math.Abs(p.B - q.B);
            }
        return sum / (3.0 * a.Width * a.Height);
    }
}
