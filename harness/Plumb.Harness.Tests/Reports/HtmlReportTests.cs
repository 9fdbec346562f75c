using System.Xml;
using System.Xml.Linq;
using Plumb.Harness.Reports;

namespace Plumb.Harness.Tests.Reports;

public class HtmlReportTests
{
    /// <summary>The sample with a known difference, a second engine that passes everything and a baseline comparison.</summary>
    internal static ConformanceReport Rich()
    {
        var report = ConformanceReportTests.Sample();
        var interpreter = new RunReport { Engine = "interpreter", Suite = "wg-2.0", Files = [Coordinator.Tally("i32.wast", [new CommandResult(1, "module", CommandStatus.Passed, "", "")], 0.1)] };
        interpreter.Sum();
        report.Runs.Add(interpreter);
        var wg1 = new RunReport
        {
            Engine = "wasmtime",
            Suite = "wg-1.0",
            Files = [Coordinator.Tally("binary.wast", [new CommandResult(5, "assert_malformed (module binary)", CommandStatus.Failed, "malformed: integer too large", "instantiated")], 0.1)],
        };
        report.Runs.Add(wg1);
        new KnownDifferences { Entries = [new() { Engine = "wasmtime", Suite = "wg-1.0", File = "binary.wast", Line = 5, Command = "assert_malformed (module binary)", Reason = "Wasmtime implements 2.0 rules" }] }.Apply(report.Runs);
        report.Baselines = [new BaselineChange { Baseline = "reports/baseline/linux-x64/conformance.json", Platform = "linux-x64", Regressions = ["wasmtime wg-2.0 i32.wast:2 assert_return invoke \"add\": expected (i32.const 4), got (i32.const 3)"] }];
        return report;
    }

    /// <summary>The page as XML: it is written well-formed, so a parse proves every tag closed and every text escaped.</summary>
    internal static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    [Fact]
    public void TheMatrixHasACellPerSuiteAndEngineWithItsPassRateAndKnownCount()
    {
        var page = Parse(HtmlReport.Render(Rich()));
        var matrix = page.Descendants("table").Single(t => (string?)t.Attribute("id") == "matrix");
        var rows = matrix.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(["wg-2.0", "wg-1.0"], rows.Select(r => r.Element("th")!.Value));
        Assert.Equal(["wasmtime", "interpreter"], matrix.Element("thead")!.Elements("tr").Last().Elements("th").Select(th => th.Value));
        var cells = rows[0].Elements("td").ToList();
        Assert.Equal("bad", (string?)cells[0].Attribute("class"));
        Assert.StartsWith("50.00%", cells[0].Value, StringComparison.Ordinal);
        Assert.Equal("ok", (string?)cells[1].Attribute("class"));
        var wg1 = rows[1].Elements("td").First();
        Assert.Equal("known", (string?)wg1.Attribute("class"));
        Assert.Contains("failed 1 (1 known)", wg1.Value);
        Assert.Equal("not run", rows[1].Elements("td").Last().Value);
    }

    [Fact]
    public void EachFailingCommandIsInItsScriptsDrillDownWithExpectedAndActual()
    {
        var page = Parse(HtmlReport.Render(Rich()));
        var script = page.Descendants("details").First(d => (string?)d.Attribute("class") == "script");
        Assert.Contains("i32.wast", script.Element("summary")!.Value);
        var row = script.Descendants("tbody").Single().Elements("tr").Single();
        Assert.Equal(["2", "assert_return invoke \"add\"", "(i32.const 4)", "(i32.const 3)"], row.Elements("td").Select(td => td.Value));
        // The matrix links to the run; the run holds its groups.
        Assert.NotNull(page.Descendants("section").SingleOrDefault(s => (string?)s.Attribute("id") == "run-0"));
    }

    [Fact]
    public void KnownDifferencesAndTheBaselineChangeAreShown()
    {
        string html = HtmlReport.Render(Rich());
        var page = Parse(html);
        var known = page.Descendants("table").Single(t => (string?)t.Attribute("id") == "known-table");
        var row = known.Element("tbody")!.Elements("tr").Single();
        Assert.Contains("Wasmtime implements 2.0 rules", row.Value);
        Assert.Contains("1 regressions", page.Descendants("p").Select(p => p.Value).Single(v => v.Contains("compared with", StringComparison.Ordinal)));
        Assert.Contains("i32.wast:2 assert_return invoke &quot;add&quot;: expected (i32.const 4)", html);
        Assert.Contains(PlatformInfo.Current.Cpu!, page.Descendants("table").Single(t => (string?)t.Attribute("id") == "platform-table").Value);
    }

    [Fact]
    public void UntrustedTextIsEscapedEverywhere()
    {
        const string evil = "<script>alert(1)</script>\"'&</details><img src=x onerror=alert(2)>\u0001";
        var report = new ConformanceReport();
        var run = new RunReport
        {
            Engine = "process:" + evil,
            Suite = "wast",
            Files = [Coordinator.Tally(evil + ".wast", [new CommandResult(1, evil, CommandStatus.Failed, evil, evil)], 0.1)],
        };
        run.Platform.Cpu = evil;
        report.Runs.Add(run);
        new KnownDifferences { Entries = [new() { Engine = run.Engine, Suite = "wast", File = evil + ".wast", Line = 1, Command = evil, Reason = evil }] }.Apply(report.Runs);
        report.Baselines = [new BaselineChange { Baseline = evil, Platform = evil, Regressions = [evil], Improvements = [evil], Uncovered = [evil] }];

        string html = HtmlReport.Render(report);

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("\u0001", html);
        var page = Parse(html);
        Assert.Single(page.Descendants("script")); // the page's own
        Assert.Empty(page.Descendants("img"));
        Assert.Contains(page.Descendants("td"), td => td.Value == "<script>alert(1)</script>\"'&</details><img src=x onerror=alert(2)>\\x01");
    }

    [Fact]
    public void ThePageFetchesNothing()
    {
        string html = HtmlReport.Render(Rich());
        foreach (var outside in new[] { "http://", "https://", "<link", " src=", "@import", "url(" })
            Assert.DoesNotContain(outside, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AMergeGivesEachPlatformItsColumns()
    {
        var x64 = ConformanceReportTests.Sample();
        var arm = ConformanceReportTests.Sample();
        arm.Runs[0].Platform = new PlatformInfo { Os = "linux", Arch = "arm64", Dotnet = "10.0.0", Emulated = true, Emulation = "qemu (PLUMB_EMULATED)" };

        var merged = ConformanceReport.Merge([x64, arm, ConformanceReportTests.Sample()], out var duplicates);

        Assert.Equal(2, merged.Runs.Count);
        Assert.Equal([$"wasmtime wg-2.0 {PlatformInfo.Current.Label}"], duplicates);
        var matrix = Parse(HtmlReport.Render(merged)).Descendants("table").Single(t => (string?)t.Attribute("id") == "matrix");
        var platforms = matrix.Element("thead")!.Elements("tr").First().Elements("th").Skip(1).Select(th => th.Value);
        Assert.Equal([PlatformInfo.Current.Label, "linux-arm64 (qemu)"], platforms);
        Assert.Equal(2, matrix.Element("tbody")!.Element("tr")!.Elements("td").Count());
    }
}
