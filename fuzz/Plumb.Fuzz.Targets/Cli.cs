using System.Globalization;
using SharpFuzz;

namespace Plumb.Fuzz.Targets;

/// <summary>The command line of the fuzz targets.</summary>
internal static class Cli
{
    /// <summary>Runs a command; returns the exit code (0 fine, 1 findings, 2 usage).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where usage errors go.</param>
    /// <param name="targets">The targets to choose from: <see cref="FuzzTargets.All"/> unless a test plants its own.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, IReadOnlyList<FuzzTarget>? targets = null)
    {
        try
        {
            return Dispatch(args, output, targets ?? FuzzTargets.All);
        }
        catch (UsageException e)
        {
            error.WriteLine($"Plumb.Fuzz.Targets: {e.Message}");
            error.WriteLine(Usage());
            return 2;
        }
    }

    private static int Dispatch(string[] args, TextWriter output, IReadOnlyList<FuzzTarget> targets)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage());
            return args.Length == 0 ? 2 : 0;
        }
        if (args[0] == "list")
        {
            foreach (var target in targets)
            {
                output.WriteLine($"{target.Name,-9} {target.Property}");
            }
            return 0;
        }
        if (args[0] == "seed-corpus")
        {
            if (args.Length < 3)
            {
                throw new UsageException("seed-corpus needs a target and a folder");
            }
            var target = TargetNamed(args[1], targets);
            var seeds = SeedCorpus.Build(target.Seeds, SuiteDir(args.AsSpan(3)));
            output.WriteLine($"{target.Name}: {SeedCorpus.Write(seeds, args[2])} seeds in {args[2]}");
            return 0;
        }
        var selected = TargetNamed(args[0], targets);
        if (args.Length == 1)
        {
            RunUnderAfl(selected);
            return 0;
        }
        switch (args[1])
        {
            case "--run" when args.Length == 3:
                try
                {
                    return Replay.Run(selected, args[2], output) == 0 ? 0 : 1;
                }
                catch (FileNotFoundException e)
                {
                    throw new UsageException(e.Message);
                }
            case "--bench" when args.Length >= 3 && int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0:
            {
                var seeds = SeedCorpus.Build(selected.Seeds, SuiteDir(args.AsSpan(3)));
                double perSecond = Bench.Run(selected, seeds, n);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{selected.Name}: {perSecond:F0} executions/s in process ({n} executions over {seeds.Count} seeds)"));
                return 0;
            }
            default:
                throw new UsageException($"unknown arguments: {string.Join(' ', args.Skip(1))}");
        }
    }

    // SharpFuzz's persistent mode: one process serves AFL's inputs one after another. An exception that
    // escapes the target is reported to AFL as a crash of that input.
    private static void RunUnderAfl(FuzzTarget target)
    {
        var buffer = new MemoryStream();
        Fuzzer.Run(stream =>
        {
            buffer.SetLength(0);
            stream.CopyTo(buffer);
            target.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        });
    }

    private static FuzzTarget TargetNamed(string name, IReadOnlyList<FuzzTarget> targets) =>
        targets.FirstOrDefault(t => t.Name == name) ?? throw new UsageException($"unknown target '{name}' (targets: {string.Join(", ", targets.Select(t => t.Name))})");

    private static string SuiteDir(ReadOnlySpan<string> options)
    {
        string? suites = null;
        if (options.Length == 2 && options[0] == "--suites")
        {
            suites = options[1];
        }
        else if (options.Length != 0)
        {
            throw new UsageException($"unknown options: {string.Join(' ', options.ToArray())}");
        }
        suites ??= SeedCorpus.FindSuites() ?? throw new UsageException("no spec suites found: pass --suites DIR or set PLUMB_SUITES");
        string dir = Path.Combine(suites, SeedCorpus.Suite);
        return Directory.Exists(dir) ? dir : throw new UsageException($"no folder {dir}");
    }

    private static string Usage() =>
        """
        usage: Plumb.Fuzz.Targets TARGET                    run under afl-fuzz (SharpFuzz persistent mode)
               Plumb.Fuzz.Targets TARGET --run FILE|DIR     replay inputs in process; exit 1 on a finding
               Plumb.Fuzz.Targets TARGET --bench N [--suites DIR]
                                                            N executions over the seed corpus, per second
               Plumb.Fuzz.Targets seed-corpus TARGET DIR [--suites DIR]
                                                            write the seed corpus from the spec suites
               Plumb.Fuzz.Targets list                      the targets and their properties
        """;

    private sealed class UsageException(string message) : Exception(message);
}
