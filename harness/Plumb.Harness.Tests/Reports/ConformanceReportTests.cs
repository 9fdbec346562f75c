using Newtonsoft.Json.Linq;
using Plumb.Harness.Reports;

namespace Plumb.Harness.Tests.Reports;

/// <summary>conformance.json: the field names other tools read, and a lossless round trip.</summary>
public class ConformanceReportTests
{
    /// <summary>One wasmtime wg-2.0 run of one script: a pass, a wrong result, a pass and a skip.</summary>
    internal static ConformanceReport Sample()
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
}
