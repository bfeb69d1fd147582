namespace Easel.Cli.Eval;

/// <summary>One checked expectation: e.g. "r0 foreground goose" passed or failed, with what was found.</summary>
public sealed record EvalCheck(string CaseId, string What, bool Passed, string Found);
