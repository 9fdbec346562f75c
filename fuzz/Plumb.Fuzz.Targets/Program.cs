using Plumb.Fuzz.Targets;

// Plumb.Fuzz.Targets TARGET                      the SharpFuzz entry point, for afl-fuzz (scripts/fuzz.sh)
// Plumb.Fuzz.Targets TARGET --run FILE|DIR       replays inputs in process; exit 1 when a property fails
// Plumb.Fuzz.Targets TARGET --bench N            N executions in process over the seed corpus, per second
// Plumb.Fuzz.Targets seed-corpus TARGET DIR      writes the seed corpus from the spec suites
// Options: --suites DIR (default ../shared/corpora/spec beside the repository, or PLUMB_SUITES).
return Cli.Run(args, Console.Out, Console.Error);
