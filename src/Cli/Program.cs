using System.CommandLine;
using System.Globalization;
using Easel.Cli;
using Easel.Cli.Bench;
using Easel.Cli.Eval;
using Easel.Cli.Eval.GenEval;
using Easel.Cli.Generate;
using Easel.Cli.Info;
using Easel.Hosting;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Stylize;

var root = new RootCommand("Easel: text in, painting out.");
// The process's settings, read once (EASEL_MODELS, EASEL_EXECUTION_PROVIDER…); a command that paints makes one catalog
// of stylizers from them and shares it: it holds the model sessions, which are costly to create.
var settings = EaselSettings.FromEnvironment();
StylizerCatalog Stylizers() => StylizerCatalog.CreateDefault(settings.Models);

var text = new Argument<string>("text") { Description = "What to paint, in English or Chinese." };
var output = new Option<string>("--out") { Description = "Folder for the artifacts (r0/, r1/ …).", DefaultValueFactory = _ => "out" };
var seed = new Option<int>("--seed") { Description = "Seed: same text + seed => identical images.", DefaultValueFactory = _ => 1 };
var size = new Option<string>("--size") { Description = "Image size WxH, each side 64..2048.", DefaultValueFactory = _ => "512x512" };
var style = new Option<string?>("--style") { Description = "Force a painting style instead of the one the text suggests." };
var stylizer = new Option<string>("--stylizer") { Description = "procedural, neural or auto.", DefaultValueFactory = _ => "auto" };
var strength = new Option<double?>("--style-strength") { Description = "0..1: how strongly the neural stylizer's output replaces the content." };
var layers = new Option<bool>("--layers") { Description = "Also write each revision as layers.ora (OpenRaster, opens in Krita, GIMP, MyPaint)." };
var candidates = new Option<int>("--n") { Description = "Paint 1..4 candidates (variations) per revision, each with its own seed, in rK/c0/ … rK/c3/.", DefaultValueFactory = _ => 1 };
var revise = new Option<string[]>("--revise") { Description = "A comment on the previous painting; repeat for a conversation.", DefaultValueFactory = _ => [] };

var generate = new Command("generate", "Paint a sentence in this process, writing every stage's artifact.")
{
    text, output, seed, size, style, stylizer, strength, revise, layers, candidates,
};
generate.SetAction(async (result, _) =>
{
    if (!TryParseSize(result.GetValue(size)!, out var width, out var height))
    {
        await Console.Error.WriteLineAsync($"error: --size must look like 512x512 (got '{result.GetValue(size)}')");
        return ExitCodes.BadInput;
    }
    var options = new GenerateOptions(result.GetValue(text)!, result.GetValue(output)!, result.GetValue(seed), width, height,
        result.GetValue(style), result.GetValue(stylizer)!, result.GetValue(strength), result.GetValue(revise) ?? [], result.GetValue(layers),
        result.GetValue(candidates));
    return await GenerateCommand.RunAsync(options, Stylizers(), Console.Out, Console.Error);
});
root.Subcommands.Add(generate);

var evalFile = new Argument<string>("file") { Description = "An acceptance file such as ../shared/eval/prompts.json." };
var evalOut = new Option<string>("--out") { Description = "Folder for each case's artifacts.", DefaultValueFactory = _ => "out/eval" };
var evalSize = new Option<int>("--size") { Description = "Square image side for the runs.", DefaultValueFactory = _ => 256 };
var evaluate = new Command("eval", "Run every case of an acceptance file and say which checks fail.") { evalFile, evalOut, evalSize };
evaluate.SetAction(async (result, _) =>
{
    var file = result.GetValue(evalFile)!;
    if (!File.Exists(file))
    {
        await Console.Error.WriteLineAsync($"error: no eval file at '{file}'");
        return ExitCodes.BadInput;
    }
    var checks = await EvalCommand.RunAsync(file, result.GetValue(evalOut)!, result.GetValue(evalSize), Stylizers(), Console.Out);
    return checks.All(c => c.Passed) ? ExitCodes.Success : ExitCodes.Failure;
});
root.Subcommands.Add(evaluate);

var genevalFile = new Argument<string>("file") { Description = "GenEval's evaluation_metadata.jsonl (a copy is in ../shared/eval/geneval/)." };
var genevalOut = new Option<string>("--out") { Description = "Folder for each prompt's artifacts and results.jsonl.", DefaultValueFactory = _ => "out/geneval" };
var genevalSize = new Option<int>("--size") { Description = "Square image side for the runs.", DefaultValueFactory = _ => 256 };
var genevalSeed = new Option<int>("--seed") { Description = "Seed of every run.", DefaultValueFactory = _ => 1 };
var genevalLimit = new Option<int?>("--limit") { Description = "Score only the first N prompts (after --tag)." };
var genevalTag = new Option<string?>("--tag") { Description = "Score only one tag: single_object, two_object, counting, colors, position, color_attr." };
var geneval = new Command("geneval", "Paint every GenEval prompt and score each tag by GenEval's rules on what was drawn.")
{
    genevalFile, genevalOut, genevalSize, genevalSeed, genevalLimit, genevalTag,
};
geneval.SetAction(async (result, _) =>
{
    var file = result.GetValue(genevalFile)!;
    if (!File.Exists(file))
    {
        await Console.Error.WriteLineAsync($"error: no GenEval metadata file at '{file}'");
        return ExitCodes.BadInput;
    }
    await GenEvalCommand.RunAsync(new GenEvalCommand.Options(file, result.GetValue(genevalOut)!, result.GetValue(genevalSize),
        result.GetValue(genevalSeed), result.GetValue(genevalLimit), result.GetValue(genevalTag)), Stylizers(), Console.Out);
    return ExitCodes.Success;
});
root.Subcommands.Add(geneval);

var infoFile = new Argument<string>("file") { Description = "A PNG painted by Easel (any revision's target.png)." };
var info = new Command("info", "Print the parameters a picture carries: its prompt, seed, size, style and the whole manifest.") { infoFile };
info.SetAction(async (result, _) => await InfoCommand.RunAsync(result.GetValue(infoFile)!, Console.Out, Console.Error));
root.Subcommands.Add(info);

var benchSizes = new Option<string[]>("--size") { Description = "Sizes WxH to measure.", DefaultValueFactory = _ => ["512x512", "1024x1024"] };
var benchStylizer = new Option<string>("--stylizer") { Description = "procedural, neural or auto.", DefaultValueFactory = _ => "auto" };
var benchRuns = new Option<int>("--runs") { Description = "Measured runs per prompt and size.", DefaultValueFactory = _ => 3 };
var bench = new Command("bench", "Measure per-stage and whole-generation time and peak memory.") { benchSizes, benchStylizer, benchRuns };
bench.SetAction(async (result, _) =>
{
    var sizes = new List<(int, int)>();
    foreach (var value in result.GetValue(benchSizes)!)
    {
        if (!TryParseSize(value, out var w, out var h))
        {
            await Console.Error.WriteLineAsync($"error: --size must look like 512x512 (got '{value}')");
            return ExitCodes.BadInput;
        }
        sizes.Add((w, h));
    }
    await BenchCommand.RunAsync(sizes, result.GetValue(benchStylizer)!, Math.Max(1, result.GetValue(benchRuns)), Stylizers(), Console.Out);
    return ExitCodes.Success;
});
root.Subcommands.Add(bench);

var urls = new Option<string>("--urls") { Description = "Where to listen (loopback by default).", DefaultValueFactory = _ => Easel.Cli.Serve.ServeCommand.DefaultUrls };
var azurite = new Option<string>("--azurite")
{
    Description = "keep: a long-lived Azurite that outlives serve and is found again on restart; child: one that stops with serve.",
    DefaultValueFactory = _ => "keep",
};
azurite.AcceptOnlyFromAmong(Easel.Cli.Serve.ServeCommand.AzuriteModes);
var serve = new Command("serve", "The HTTP API and page on the Durable Task Framework over Azure Storage (Azurite by default).") { urls, azurite };
serve.SetAction((result, cancellationToken) =>
    Easel.Cli.Serve.ServeCommand.RunAsync(result.GetValue(urls)!, cancellationToken, azuriteMode: result.GetValue(azurite)!));
root.Subcommands.Add(serve);

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    await Console.Error.WriteLineAsync($"error: {Easel.Cli.ParseMessages.Plain(parsed.Errors[0].Message)}");
    return ExitCodes.BadInput;
}
return await parsed.InvokeAsync();

static bool TryParseSize(string value, out int width, out int height)
{
    width = height = 0;
    var parts = value.Split('x', 'X');
    return parts.Length == 2
        && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out width)
        && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out height);
}
