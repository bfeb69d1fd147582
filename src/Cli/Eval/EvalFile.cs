namespace Easel.Cli.Eval;

public sealed record EvalFile(IReadOnlyList<EvalCase> Cases);
