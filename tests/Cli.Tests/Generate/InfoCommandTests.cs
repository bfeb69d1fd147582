namespace Easel.Cli.Tests.Generate;

public sealed class InfoCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("easel-info-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task A_painted_picture_tells_its_prompt_seed_and_revision_chain()
    {
        var output = Path.Combine(root, "out");
        var run = await CliProcess.RunAsync(["generate", "一只鹅站在草地上", "--out", output, "--seed", "5", "--size", "96x96", "--revise", "make it darker"]);
        Assert.Equal(0, run.ExitCode);

        var info = await CliProcess.RunAsync(["info", Path.Combine(output, "r1", "target.png")]);
        Assert.Equal(0, info.ExitCode);
        Assert.Contains("一只鹅站在草地上\nSeed: 5, Size: 96x96, Style: ", info.Stdout);
        Assert.Contains("Revision: 1, Comment: make it darker, Version: Easel ", info.Stdout);
        Assert.Contains("\"revisionText\": \"make it darker\"", info.Stdout);
        Assert.Contains("\"revisions\": [", info.Stdout);
    }

    [Fact]
    public async Task A_picture_without_parameters_gets_one_clear_line()
    {
        var plain = Path.Combine(root, "plain.png");
        using (var image = new SixLabors.ImageSharp.Image<SixLabors.ImageSharp.PixelFormats.Rgba32>(4, 4))
            await SixLabors.ImageSharp.ImageExtensions.SaveAsPngAsync(image, plain);

        var info = await CliProcess.RunAsync(["info", plain]);
        Assert.Equal(2, info.ExitCode);
        Assert.StartsWith("error: ", info.Stderr);
        Assert.Contains("carries no Easel parameters", info.Stderr);

        var missing = await CliProcess.RunAsync(["info", Path.Combine(root, "nope.png")]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("cannot read", missing.Stderr);
    }
}
