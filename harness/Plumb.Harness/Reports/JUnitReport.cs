using System.Globalization;
using System.Xml.Linq;

namespace Plumb.Harness.Reports;

/// <summary>
/// DIR/junit.xml for CI systems: a test suite per (engine, suite), a test case per script. It agrees
/// with <c>plumb spec</c>'s exit code: a script whose failures are all known differences is
/// <c>&lt;skipped message="known difference: REASON"/&gt;</c>, not a failure, so a run that exits 0 shows
/// green on a CI dashboard (harness/RATIONALE.md, "Why are known differences skipped in junit.xml?").
/// </summary>
public static class JUnitReport
{
    /// <summary>Renders the report.</summary>
    public static string Render(ConformanceReport report)
    {
        var root = new XElement("testsuites",
            new XAttribute("tests", report.Runs.Sum(r => r.Files.Count)),
            new XAttribute("failures", report.Runs.Sum(r => r.Files.Count(Fails))),
            new XAttribute("skipped", report.Runs.Sum(r => r.Files.Count(OnlyKnown))));
        foreach (var run in report.Runs)
        {
            var suite = new XElement("testsuite",
                new XAttribute("name", $"{run.Engine}/{run.Suite}"),
                new XAttribute("tests", run.Files.Count),
                new XAttribute("failures", run.Files.Count(Fails)),
                new XAttribute("skipped", run.Files.Count(OnlyKnown)),
                new XAttribute("time", run.Seconds.ToString("0.00", CultureInfo.InvariantCulture)),
                Properties(run.Platform));
            foreach (var file in run.Files)
            {
                var testcase = new XElement("testcase",
                    new XAttribute("classname", $"{run.Engine}.{run.Suite}"),
                    new XAttribute("name", file.File),
                    new XAttribute("time", file.Seconds.ToString("0.00", CultureInfo.InvariantCulture)));
                var unknown = file.Failures.Where(f => f.Known is null).ToList();
                var known = file.Failures.Where(f => f.Known is not null).ToList();
                if (unknown.Count > 0)
                {
                    string also = known.Count > 0 ? $" (and {known.Count} known differences)" : "";
                    testcase.Add(new XElement("failure",
                        new XAttribute("message", $"{unknown.Count} of {file.Passed + file.Failed + file.Skipped} commands failed{also}"),
                        string.Join("\n", unknown.Concat(known).Select(f => Line(file, f)))));
                }
                else if (known.Count > 0)
                {
                    testcase.Add(new XElement("skipped",
                        new XAttribute("message", "known difference: " + string.Join("; ", known.Select(f => f.Known).Distinct())),
                        string.Join("\n", known.Select(f => Line(file, f)))));
                }
                testcase.Add(new XElement("system-out", $"{file.Passed} passed, {file.Failed} failed ({known.Count} known), {file.Skipped} skipped"));
                suite.Add(testcase);
            }
            root.Add(suite);
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).ToString();
    }

    /// <summary>The platform facts as the suite's properties (those recorded).</summary>
    private static XElement Properties(PlatformInfo p)
    {
        var facts = new (string Name, string? Value)[]
        {
            ("os", p.Os), ("arch", p.Arch), ("dotnet", p.Dotnet), ("cpu", p.Cpu),
            ("emulated", p.Emulated switch { true => p.Emulation ?? "yes", false => "no", null => null }),
            ("plumb", p.Plumb), ("wasmtime", p.Wasmtime),
        };
        return new XElement("properties", facts.Where(f => f.Value is not null)
            .Select(f => new XElement("property", new XAttribute("name", f.Name), new XAttribute("value", f.Value!))));
    }

    /// <summary>A script with a failure that is not a known difference: a red test case.</summary>
    private static bool Fails(FileReport file) => file.Failures.Any(f => f.Known is null);

    /// <summary>A script whose every failure is a known difference: a skipped test case.</summary>
    private static bool OnlyKnown(FileReport file) => file.Failures.Count > 0 && !Fails(file);

    private static string Line(FileReport file, FailureReport f) =>
        $"{file.File}:{f.Line} {f.Command}: expected {f.Expected}, got {f.Actual}{(f.Known is null ? "" : $" [known: {f.Known}]")}";
}
