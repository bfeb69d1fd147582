using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/Benchmarks -- --filter '*'` runs them all; `--filter '*Blur*'` one class;
// `--job short` for a quick look on a busy machine (ratios within one run stay meaningful when absolute times do not).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
