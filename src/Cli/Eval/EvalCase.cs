using System.Text.Json;

namespace Easel.Cli.Eval;

/// <summary>One acceptance case of an eval file (shared/eval/prompts.json): a prompt, what its scene must hold, and revisions.</summary>
public sealed record EvalCase(string Id, string Prompt, int Seed, JsonElement Expect, IReadOnlyList<EvalRevision>? Revisions);
