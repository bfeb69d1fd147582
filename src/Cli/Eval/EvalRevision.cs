using System.Text.Json;

namespace Easel.Cli.Eval;

public sealed record EvalRevision(string Text, JsonElement Expect);
