using System.Globalization;
using System.Xml.Linq;

namespace Plumb.Harness.Reports;

/// <summary>DIR/junit.xml for CI systems: a test suite per (engine, suite), a test case per script.</summary>
public static class JUnitReport
{
    /// <summary>Renders the report.</summary>
    public static string Render(ConformanceReport report)
    {
        var root = new XElement("testsuites",
            new XAttribute("tests", report.Runs.Sum(r => r.Files.Count)),
            new XAttribute("failures", report.Runs.Sum(r => r.Files.Count(f => f.Failed > 0))));
        foreach (var run in report.Runs)
        {
            var suite = new XElement("testsuite",
                new XAttribute("name", $"{run.Engine}/{run.Suite}"),
                new XAttribute("tests", run.Files.Count),
                new XAttribute("failures", run.Files.Count(f => f.Failed > 0)),
                new XAttribute("skipped", 0),
                new XAttribute("time", run.Seconds.ToString("0.00", CultureInfo.InvariantCulture)));
            foreach (var file in run.Files)
            {
                var testcase = new XElement("testcase",
                    new XAttribute("classname", $"{run.Engine}.{run.Suite}"),
                    new XAttribute("name", file.File),
                    new XAttribute("time", file.Seconds.ToString("0.00", CultureInfo.InvariantCulture)));
                if (file.Failed > 0)
                {
                    testcase.Add(new XElement("failure",
                        new XAttribute("message", $"{file.Failed} of {file.Passed + file.Failed + file.Skipped} commands failed"),
                        string.Join("\n", file.Failures.Select(f =>
                            $"{file.File}:{f.Line} {f.Command}: expected {f.Expected}, got {f.Actual}{(f.Known is null ? "" : $" [known: {f.Known}]")}"))));
                }
                testcase.Add(new XElement("system-out", $"{file.Passed} passed, {file.Failed} failed, {file.Skipped} skipped"));
                suite.Add(testcase);
            }
            root.Add(suite);
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).ToString();
    }
}
