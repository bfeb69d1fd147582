using Easel.Cli.Bench;
using Easel.Cli.Generate;
using Easel.Hosting;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Style;
using Easel.Pipeline.Stylize;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

// docs/styles-neural.png: one scene in every style, the procedural and the neural stylizer side by side.
// Nine pairs (procedural left, neural right) in the order of StyleNames.All, three pairs to a row.
// usage: NeuralSheet [repository root] [prompt] [seed] [tile]
//        NeuralSheet bench [size]...   (neural stylize time, pre/post-processing included)
if (args.Length > 0 && args[0] == "bench")
{
    var catalog = StylizerCatalog.CreateDefault(EaselSettings.FromEnvironment().Models);
    foreach (var size in args.Length > 1 ? args.Skip(1).Select(int.Parse) : [512, 1024])
    {
        var r = NeuralStylizerBenchmark.Measure(catalog.NeuralStylizer!, size, size);
        Console.WriteLine($"{r.Width}x{r.Height} ({r.Provider}, model at {r.ModelSize.Width}x{r.ModelSize.Height}): median {r.MedianMs:0} ms "
            + $"(min {r.MinMs:0}; prepare {r.PrepareMs:0}, model {r.ModelMs:0}, finish {r.FinishMs:0})");
    }
    return 0;
}
var repo = args.Length > 0 ? args[0] : ".";
var prompt = args.Length > 1 ? args[1] : "happily sailing in the sea near a lighthouse";
var seed = args.Length > 2 ? int.Parse(args[2]) : 3;
var tile = args.Length > 3 ? int.Parse(args[3]) : 256;
const int Gap = 8;
const int PairGap = 24;

var scratch = Directory.CreateTempSubdirectory("easel-neural-sheet-").FullName;
// One catalog for the whole sheet: the model's session is created once and reused, as in a long-lived host.
var stylizers = StylizerCatalog.CreateDefault(EaselSettings.FromEnvironment().Models);
if (stylizers.NeuralStylizer is null)
{
    Console.Error.WriteLine("no stylize model configured (models/models.json next to the binaries)");
    return 2;
}

async Task<Image<Rgba32>> PaintAsync(string style, string stylizer)
{
    var folder = Path.Combine(scratch, $"{style}-{stylizer}");
    var runner = new InProcessPaintRunner(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(folder), stylizers)), TimeProvider.System);
    await runner.RunAsync(new PaintRequest(prompt, seed, tile, tile, style, stylizer), [], _ => { });
    return Image.Load<Rgba32>(Path.Combine(folder, "r0", "target.png"));
}

var pairWidth = 2 * tile + Gap;
using var sheet = new Image<Rgba32>(3 * pairWidth + 4 * PairGap, 3 * tile + 4 * PairGap, new Rgba32(245, 242, 235));
for (var k = 0; k < StyleNames.All.Count; k++)
{
    var style = StyleNames.All[k];
    var x = PairGap + (k % 3) * (pairWidth + PairGap);
    var y = PairGap + (k / 3) * (tile + PairGap);
    using var procedural = await PaintAsync(style, StylizerCatalog.Procedural);
    using var neural = await PaintAsync(style, StylizerCatalog.Neural);
    sheet.Mutate(c => c.DrawImage(procedural, new Point(x, y), 1f).DrawImage(neural, new Point(x + tile + Gap, y), 1f));
    Console.WriteLine($"{style}: procedural | neural");
}
var output = Path.Combine(repo, "docs", "styles-neural.png");
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
sheet.SaveAsPng(output);
Directory.Delete(scratch, recursive: true);
Console.WriteLine(output);
return 0;
