using Newtonsoft.Json.Linq;
using Plumb.Cli.Commands;
using Plumb.Harness;
using Plumb.Harness.Engines;
using Plumb.Harness.Reports;

namespace Plumb.Cli.Tests.Commands;

public sealed class SpecCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plumb-wast-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void WastRunsScriptsAndWritesTheReports()
    {
        string script = Path.Combine(_folder, "mini.wast");
        File.WriteAllText(script, """
            (module (func (export "f") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2))))
            (assert_return (invoke "f" (i32.const 21)) (i32.const 42))
            (assert_return (invoke "f" (i32.const 1)) (i32.const 3))
            """);
        string reports = Path.Combine(_folder, "out");

        int exit = global::Plumb.Cli.Program.Main(["wast", script, "--engine", "wasmtime", "--report", reports]);

        Assert.Equal(1, exit); // one planted failure, not a known difference
        var json = JObject.Parse(File.ReadAllText(Path.Combine(reports, "conformance.json")));
        var file = json["runs"]![0]!["files"]![0]!;
        Assert.Equal((2, 1), ((int)file["passed"]!, (int)file["failed"]!));
        Assert.Equal(3, (int)file["failures"]![0]!["line"]!);
        foreach (string name in ConformanceReport.Files)
            Assert.True(File.Exists(Path.Combine(reports, name)), name);
        Assert.Contains("mini.wast", File.ReadAllText(Path.Combine(reports, "index.html")));
    }

    [Fact]
    public void WithoutEngineEveryEngineRuns()
    {
        // System.CommandLine reads an absent list option as an empty list: once that meant no engine at all, and
        // the README's main job printed an empty table and exited 0.
        string script = Path.Combine(_folder, "all.wast");
        File.WriteAllText(script, """
            (module (func (export "f") (result i32) (i32.const 7)))
            (assert_return (invoke "f") (i32.const 7))
            """);
        string reports = Path.Combine(_folder, "all");

        int exit = global::Plumb.Cli.Program.Main(["wast", script, "--report", reports]);

        Assert.Equal(0, exit);
        var json = JObject.Parse(File.ReadAllText(Path.Combine(reports, "conformance.json")));
        Assert.Equal(EngineRegistry.Factories.Keys.Order(), json["runs"]!.Select(r => (string)r["engine"]!).Order());
    }

    [Fact]
    public void WastWithoutReportsPrintsEachFailingCommand()
    {
        string script = Path.Combine(_folder, "fails.wast");
        File.WriteAllText(script, """
            (module (func (export "f") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2))))
            (assert_return (invoke "f" (i32.const 1)) (i32.const 3))
            """);
        var output = new StringWriter();
        var saved = Console.Out;
        int exit;
        Console.SetOut(output);
        try
        {
            exit = global::Plumb.Cli.Program.Main(["wast", script, "--engine", "interpreter"]);
        }
        finally
        {
            Console.SetOut(saved);
        }

        Assert.Equal(1, exit);
        Assert.Contains($"{script.Replace('\\', '/')}:2: assert_return invoke \"f\" (interpreter): expected (i32.const 3), got (i32.const 2)", output.ToString());
    }

    [Fact]
    public void TheSummaryCountsKnownDifferencesInTheFailedCell()
    {
        var report = Run(new CommandResult(2, "assert_return invoke \"popcnt\"", CommandStatus.Failed, "(i32.const 1)", "(i32.const 2)"));
        report.Runs[0].Totals.Known = 1;
        var output = new StringWriter { NewLine = "\n" };

        SpecCommand.PrintSummary(report, TimeSpan.FromSeconds(1), output);

        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^suite +engine +passed +failed +skipped +pass rate +seconds$", lines[0]);
        Assert.Matches(@"^wg-2\.0 +interpreter +0 +1 \(1 known\) +0 +0\.00% +0\.1$", lines[1]);
        Assert.Equal("wall clock: 1.0 s", lines[2]);
    }

    [Fact]
    public void FailuresArePrintedOneALineWithTheirKnownReason()
    {
        var report = Run(new CommandResult(2, "assert_return invoke \"popcnt\"", CommandStatus.Failed, "(i32.const 1)", "(i32.const 2)\nmore"));
        report.Runs[0].Files[0].Failures[0].Known = "planted";
        var output = new StringWriter { NewLine = "\n" };

        SpecCommand.PrintFailures(report, output);

        Assert.Equal("\ni32.wast:2: assert_return invoke \"popcnt\" (interpreter): expected (i32.const 1), got (i32.const 2) more [known: planted]\n", output.ToString());
    }

    private static ConformanceReport Run(params CommandResult[] results)
    {
        var run = new RunReport { Engine = "interpreter", Suite = "wg-2.0", Files = [Coordinator.Tally("i32.wast", results, 0.1)] };
        run.Sum();
        return new ConformanceReport { Runs = [run] };
    }

    [Fact]
    public void TheBaselineGateNamesEachRegressedCommandAndFails()
    {
        string path = Path.Combine(_folder, "conformance.json");
        File.WriteAllText(path, Run(
            new CommandResult(1, "module", CommandStatus.Passed, "instantiated", "instantiated"),
            new CommandResult(2, "assert_return invoke \"popcnt\"", CommandStatus.Passed, "(i32.const 1)", "(i32.const 1)")).ToJson());
        var now = Run(
            new CommandResult(1, "module", CommandStatus.Passed, "instantiated", "instantiated"),
            new CommandResult(2, "assert_return invoke \"popcnt\"", CommandStatus.Failed, "(i32.const 1)", "(i32.const 2)"));
        var output = new StringWriter();

        Assert.Equal(1, SpecCommand.CompareWithBaseline(path, now, output, TextWriter.Null));
        Assert.Contains("REGRESSION: interpreter wg-2.0 i32.wast:2 assert_return invoke \"popcnt\": expected (i32.const 1), got (i32.const 2)", output.ToString());
        Assert.Contains("1 regressions", output.ToString());
        Assert.Equal(0, SpecCommand.CompareWithBaseline(path, ConformanceReport.FromJson(File.ReadAllText(path)), TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public void WithoutABaselineForThisPlatformTheGateFailsAndSaysSo()
    {
        var error = new StringWriter();
        int exit = SpecCommand.CompareWithBaseline(Path.Combine(_folder, "none", "conformance.json"), Run(), TextWriter.Null, error);
        Assert.NotEqual(0, exit);
        Assert.Contains($"no conformance baseline for this platform ({PlatformInfo.Current.Id})", error.ToString());
    }

    [Fact]
    public void AGatedRunThatTheBaselineDoesNotCoverFails()
    {
        string script = Path.Combine(_folder, "covered.wast");
        File.WriteAllText(script, """
            (module (func (export "f") (result i32) (i32.const 1)))
            (assert_return (invoke "f") (i32.const 1))
            """);
        // Every command passes, but the baseline has no "wast" suite to compare with.
        Assert.Equal(1, global::Plumb.Cli.Program.Main(["wast", script, "--engine", "interpreter", "--baseline"]));
    }

    [Theory]
    [InlineData("spec", "--suite", "wg-9.9")]
    [InlineData("spec", "--engine", "no-such-engine")]
    [InlineData("spec", "--jobs", "0")]
    [InlineData("spec", "--bogus")]
    [InlineData("wast")]
    [InlineData("wast", "no-such-file.wast")]
    public void BadArgumentsAreUsageErrors(params string[] args)
    {
        Assert.Equal(2, global::Plumb.Cli.Program.Main(args));
    }
}
