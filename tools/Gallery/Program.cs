using System.Text.Json;
using Easel.Cli.Eval;
using Easel.Cli.Generate;
using Easel.Hosting;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Stylize;
using Easel.Pipeline.Style;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

// docs/gallery/<case>.png: the target of every public eval prompt (and of each of its revisions);
// docs/styles.png: one scene in all nine styles, in the order of StyleNames.All, three to a row;
// docs/sketches.png: merged image and sketch side by side for every public eval prompt, two prompts to a row.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Gallery <eval prompts.json> [repository root] [stylizer]");
    return 2;
}
var repo = args.Length > 1 ? args[1] : ".";
const int Gap = 8;
var stylizer = args.Length > 2 ? args[2] : "auto";
var gallery = Directory.CreateDirectory(Path.Combine(repo, "docs", "gallery")).FullName;
var scratch = Directory.CreateTempSubdirectory("easel-gallery-").FullName;
// One catalog per process: it holds the model sessions, which are costly to create.
var stylizers = StylizerCatalog.CreateDefault(EaselSettings.FromEnvironment().Models);

async Task<string> PaintAsync(string name, PaintRequest request, IReadOnlyList<string> revisions)
{
    var folder = Path.Combine(scratch, name);
    var runner = new InProcessPaintRunner(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(folder), stylizers)), TimeProvider.System);
    await runner.RunAsync(request, revisions, _ => { });
    return folder;
}

var cases = JsonSerializer.Deserialize<EvalFile>(File.ReadAllBytes(args[0]), JsonSerializerOptions.Web)!.Cases;
const int SketchTile = 224;
var sketchRows = (cases.Count + 1) / 2;
using var sketches = new Image<Rgba32>(4 * SketchTile + 5 * Gap, sketchRows * (SketchTile + Gap) + Gap, new Rgba32(245, 242, 235));
var caseIndex = 0;
foreach (var evalCase in cases)
{
    var revisions = evalCase.Revisions?.Select(r => r.Text).ToList() ?? [];
    var folder = await PaintAsync(evalCase.Id, new PaintRequest(evalCase.Prompt, evalCase.Seed, Stylizer: stylizer), revisions);
    File.Copy(Path.Combine(folder, "r0", "target.png"), Path.Combine(gallery, $"{evalCase.Id}.png"), overwrite: true);
    for (var k = 0; k < 2; k++)
    {
        using var tile = Image.Load<Rgba32>(Path.Combine(folder, "r0", k == 0 ? "merged.png" : "sketch.png"));
        tile.Mutate(c => c.Resize(SketchTile, SketchTile));
        var column = (caseIndex % 2) * 2 + k;
        // A wider gap between the two prompts of a row than between an image and its sketch.
        var x = Gap + column * (SketchTile + Gap) + (caseIndex % 2) * Gap;
        sketches.Mutate(c => c.DrawImage(tile, new Point(x, Gap + (caseIndex / 2) * (SketchTile + Gap)), 1f));
    }
    caseIndex++;
    for (var k = 1; k <= revisions.Count; k++)
        File.Copy(Path.Combine(folder, $"r{k}", "target.png"), Path.Combine(gallery, $"{evalCase.Id}-r{k}.png"), overwrite: true);
    Console.WriteLine($"{evalCase.Id}: {evalCase.Prompt}");
}

// A 256-colour PNG keeps the sheet small (< 1 MB) for the repository.
sketches.SaveAsPng(Path.Combine(repo, "docs", "sketches.png"), new SixLabors.ImageSharp.Formats.Png.PngEncoder { ColorType = SixLabors.ImageSharp.Formats.Png.PngColorType.Palette });

const int Tile = 384;
using var sheet = new Image<Rgba32>(3 * Tile + 4 * Gap, 3 * Tile + 4 * Gap, new Rgba32(245, 242, 235));
for (var k = 0; k < StyleNames.All.Count; k++)
{
    var style = StyleNames.All[k];
    var folder = await PaintAsync($"style-{style}", new PaintRequest("happily sailing in the sea near a lighthouse", 3, Tile, Tile, style, stylizer), []);
    using var target = Image.Load<Rgba32>(Path.Combine(folder, "r0", "target.png"));
    sheet.Mutate(c => c.DrawImage(target, new Point(Gap + (k % 3) * (Tile + Gap), Gap + (k / 3) * (Tile + Gap)), 1f));
    Console.WriteLine($"style sheet: {style}");
}
sheet.SaveAsPng(Path.Combine(repo, "docs", "styles.png"));
Directory.Delete(scratch, recursive: true);
return 0;
