using System.Xml.Linq;
using Plumb.Harness.Reports;

namespace Plumb.Harness.Tests.Reports;

public class JUnitReportTests
{
    [Fact]
    public void JUnitHasATestCasePerScript()
    {
        var xml = XDocument.Parse(JUnitReport.Render(ConformanceReportTests.Sample()));
        var testcase = Assert.Single(xml.Descendants("testcase"));
        Assert.Equal("i32.wast", (string?)testcase.Attribute("name"));
        Assert.Single(testcase.Elements("failure"));
        Assert.Equal("1", (string?)xml.Root!.Attribute("failures"));
        var properties = xml.Descendants("property").ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("value")!);
        Assert.Equal(PlatformInfo.Current.Cpu, properties["cpu"]);
        Assert.Equal(PlatformInfo.Current.Arch, properties["arch"]);
    }

    [Fact]
    public void AScriptWhoseFailuresAreAllKnownIsSkippedWithTheReasonNotFailed()
    {
        var report = ConformanceReportTests.Sample();
        Known("Wasmtime implements 2.0 rules").Apply(report.Runs);

        var xml = XDocument.Parse(JUnitReport.Render(report));

        var testcase = Assert.Single(xml.Descendants("testcase"));
        Assert.Empty(testcase.Elements("failure"));
        var skipped = Assert.Single(testcase.Elements("skipped"));
        Assert.Equal("known difference: Wasmtime implements 2.0 rules", (string?)skipped.Attribute("message"));
        // The counts a CI dashboard shows agree with the exit code (0: every failure is known).
        Assert.Equal(("0", "1"), ((string?)xml.Root!.Attribute("failures"), (string?)xml.Root.Attribute("skipped")));
        var suite = Assert.Single(xml.Descendants("testsuite"));
        Assert.Equal(("0", "1"), ((string?)suite.Attribute("failures"), (string?)suite.Attribute("skipped")));
    }

    [Fact]
    public void AScriptWithOneUnknownFailureFailsAndStillNamesItsKnownOnes()
    {
        var report = ConformanceReportTests.Sample();
        var file = report.Runs[0].Files[0];
        file.Failures.Add(new FailureReport { Line = 9, Command = "assert_trap invoke \"x\"", Expected = "trap", Actual = "(i32.const 0)" });
        file.Failed++;
        Known("planted").Apply(report.Runs);

        var testcase = Assert.Single(XDocument.Parse(JUnitReport.Render(report)).Descendants("testcase"));

        Assert.Empty(testcase.Elements("skipped"));
        var failure = Assert.Single(testcase.Elements("failure"));
        Assert.Equal("1 of 5 commands failed (and 1 known differences)", (string?)failure.Attribute("message"));
        Assert.Contains("i32.wast:9 assert_trap invoke \"x\": expected trap, got (i32.const 0)", failure.Value);
        Assert.Contains("[known: planted]", failure.Value);
    }

    private static KnownDifferences Known(string reason) => new()
    {
        Entries = [new() { Engine = "wasmtime", Suite = "wg-2.0", File = "i32.wast", Line = 2, Command = "assert_return invoke \"add\"", Reason = reason }],
    };
}
