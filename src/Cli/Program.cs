using System.CommandLine;
using System.Globalization;
using Easel.Cli;
using Easel.Cli.Generate;
using Easel.Pipeline.Orchestration;

var root = new RootCommand("Easel: text in, painting out.");

var text = new Argument<string>("text") { Description = "What to paint, in English or Chinese." };
var output = new Option<string>("--out") { Description = "Folder for the artifacts (r0/, r1/ …).", DefaultValueFactory = _ => "out" };
var seed = new Option<int>("--seed") { Description = "Seed: same text + seed => identical images.", DefaultValueFactory = _ => 1 };
var size = new Option<string>("--size") { Description = "Image size WxH, each side 64..2048.", DefaultValueFactory = _ => "512x512" };
var style = new Option<string?>("--style") { Description = "Force a painting style instead of the one the text suggests." };
var stylizer = new Option<string>("--stylizer") { Description = "procedural, neural or auto.", DefaultValueFactory = _ => "auto" };
var strength = new Option<double?>("--style-strength") { Description = "0..1: how strongly the neural stylizer's output replaces the content." };
var revise = new Option<string[]>("--revise") { Description = "A comment on the previous painting; repeat for a conversation.", DefaultValueFactory = _ => [] };

var generate = new Command("generate", "Paint a sentence in this process, writing every stage's artifact.")
{
    text, output, seed, size, style, stylizer, strength, revise,
};
generate.SetAction(async (result, _) =>
{
    if (!TryParseSize(result.GetValue(size)!, out var width, out var height))
    {
        await Console.Error.WriteLineAsync($"error: --size must look like 512x512 (got '{result.GetValue(size)}')");
        return ExitCodes.BadInput;
    }
    var options = new GenerateOptions(result.GetValue(text)!, result.GetValue(output)!, result.GetValue(seed), width, height,
        result.GetValue(style), result.GetValue(stylizer)!, result.GetValue(strength), result.GetValue(revise) ?? []);
    return await GenerateCommand.RunAsync(options, Console.Out, Console.Error);
});
root.Subcommands.Add(generate);

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    await Console.Error.WriteLineAsync($"error: {parsed.Errors[0].Message}");
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
