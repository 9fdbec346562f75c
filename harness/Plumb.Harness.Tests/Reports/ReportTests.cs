using Newtonsoft.Json.Linq;
using Plumb.Harness.Reports;

namespace Plumb.Harness.Tests.Reports;

public class ReportTests
{
    private static ConformanceReport Sample()
    {
        var file = Coordinator.Tally("i32.wast",
        [
            new CommandResult(1, "module", CommandStatus.Passed, "instantiated", "instantiated"),
            new CommandResult(2, "assert_return invoke \"add\"", CommandStatus.Failed, "(i32.const 4)", "(i32.const 3)"),
            new CommandResult(3, "assert_trap invoke \"div\"", CommandStatus.Passed, "trap: integer divide by zero", "trap: integer divide by zero"),
            new CommandResult(4, "assert_return invoke \"v\"", CommandStatus.Skipped, "(v128.const i32x4 0 0 0 0)", "unsupported: v128"),
        ], 0.5);
        var run = new RunReport { Engine = "wasmtime", Suite = "wg-2.0", Files = [file] };
        run.Sum();
        return new ConformanceReport { Runs = [run] };
    }

    [Fact]
    public void JsonHasTheFieldNamesOtherToolsRead()
    {
        var json = JObject.Parse(Sample().ToJson());
        var run = (JObject)((JArray)json["runs"]!)[0];
        Assert.Equal("wasmtime", (string?)run["engine"]);
        Assert.Equal("wg-2.0", (string?)run["suite"]);
        var platform = (JObject)run["platform"]!;
        foreach (var name in new[] { "os", "arch", "dotnet" })
            Assert.False(string.IsNullOrEmpty((string?)platform[name]), name);
        var totals = (JObject)run["totals"]!;
        Assert.Equal((2, 1, 1), ((int)totals["passed"]!, (int)totals["failed"]!, (int)totals["skipped"]!));
        var file = (JObject)((JArray)run["files"]!)[0];
        Assert.Equal("i32.wast", (string?)file["file"]);
        Assert.Equal((2, 1, 1), ((int)file["passed"]!, (int)file["failed"]!, (int)file["skipped"]!));
        var failure = (JObject)((JArray)file["failures"]!)[0];
        Assert.Equal(2, (int)failure["line"]!);
        Assert.Equal("assert_return invoke \"add\"", (string?)failure["command"]);
        Assert.Equal("(i32.const 4)", (string?)failure["expected"]);
        Assert.Equal("(i32.const 3)", (string?)failure["actual"]);
    }

    [Fact]
    public void JsonRoundTrips()
    {
        var report = Sample();
        Assert.Equal(report.ToJson(), ConformanceReport.FromJson(report.ToJson()).ToJson());
    }

    [Fact]
    public void MarkdownShowsTheMatrixAndGroupsFailuresByCause()
    {
        string md = MarkdownReport.Render(Sample());
        Assert.Contains("| wg-2.0 | 50.00% (2/4) |", md);
        Assert.Contains("### assert_return: wrong results (1)", md);
        Assert.Contains("`i32.wast:2`", md);
        Assert.Contains("### Skipped: assert_return: unsupported: v128 (1)", md);
    }

    [Fact]
    public void JUnitHasATestCasePerScript()
    {
        var xml = System.Xml.Linq.XDocument.Parse(JUnitReport.Render(Sample()));
        var testcase = Assert.Single(xml.Descendants("testcase"));
        Assert.Equal("i32.wast", (string?)testcase.Attribute("name"));
        Assert.Single(testcase.Elements("failure"));
    }

    [Fact]
    public void BaselineFlagsRegressionsAndImprovements()
    {
        var baseline = Sample();
        var now = Sample();
        var file = now.Runs[0].Files[0];
        // Line 2 now passes (improvement), line 3 now fails (regression).
        now.Runs[0].Files[0] = Coordinator.Tally("i32.wast",
        [
            new CommandResult(1, "module", CommandStatus.Passed, "", ""),
            new CommandResult(2, "assert_return invoke \"add\"", CommandStatus.Passed, "", ""),
            new CommandResult(3, "assert_trap invoke \"div\"", CommandStatus.Failed, "trap", "(i32.const 0)"),
            new CommandResult(4, "assert_return invoke \"v\"", CommandStatus.Skipped, "", "unsupported"),
        ], file.Seconds);
        var comparison = Baseline.Compare(baseline, now);
        Assert.Equal(["wasmtime wg-2.0 i32.wast:3 assert_trap invoke \"div\": (i32.const 0)"], comparison.Regressions);
        Assert.Equal(["wasmtime wg-2.0 i32.wast:2 assert_return invoke \"add\""], comparison.Improvements);
        Assert.Empty(Baseline.Compare(baseline, baseline).Regressions);
    }

    [Fact]
    public void KnownDifferencesAreMarkedButStillCountAsFailures()
    {
        var report = Sample();
        var known = new KnownDifferences { Entries = [new() { Engine = "wasmtime", Suite = "wg-2.0", File = "i32.wast", Line = 2, Command = "assert_return invoke \"add\"", Reason = "planted" }] };
        known.Apply(report.Runs);
        Assert.Equal("planted", report.Runs[0].Files[0].Failures[0].Known);
        Assert.Equal((1, 1), (report.Runs[0].Totals.Failed, report.Runs[0].Totals.Known));
    }
}
