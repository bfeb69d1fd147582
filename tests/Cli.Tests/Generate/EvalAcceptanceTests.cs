using Easel.Cli.Eval;
using Easel.Pipeline.Models;
using Easel.Pipeline.Stylize;

namespace Easel.Cli.Tests.Generate;

/// <summary>The public acceptance cases (shared/eval/prompts.json, beside the repository in CI) run through the orchestration.</summary>
public sealed class EvalAcceptanceTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("easel-eval-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [SkippableFact]
    public async Task Every_public_eval_case_passes()
    {
        var file = FindEvalFile();
        // The cases are not part of the repository: a checkout without the shared folder beside it has nothing to run.
        Skip.If(file is null, "shared/eval/prompts.json was not found beside the repository");

        var report = new StringWriter();
        var checks = await EvalCommand.RunAsync(file!, root, 128, StylizerCatalog.CreateDefault(ModelOptions.Default), report);

        Assert.NotEmpty(checks);
        Assert.True(checks.All(c => c.Passed), report.ToString());
    }

    private static string? FindEvalFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval", "prompts.json");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
