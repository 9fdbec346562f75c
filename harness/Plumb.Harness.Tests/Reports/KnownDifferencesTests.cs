using Plumb.Harness.Reports;

namespace Plumb.Harness.Tests.Reports;

/// <summary>
/// harness/known-differences.json is exact: running the scripts it names gives exactly its entries
/// as failures, no more (a new failure is not hidden) and no fewer (a fixed one must be removed).
/// </summary>
public class KnownDifferencesTests
{
    private static readonly string Root = Suites.RepositoryRoot()!;

    [Fact]
    public void EveryEntryHasAReason()
    {
        var known = KnownDifferences.Load(Root);
        Assert.NotEmpty(known.Entries);
        Assert.All(known.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason), $"{e.File}:{e.Line}"));
        Assert.Equal(known.Entries.Count, known.Entries.Select(e => (e.Engine, e.Suite, e.File, e.Line)).Distinct().Count());
    }

    [Fact]
    public void TheScriptsWithKnownDifferencesFailExactlyThere()
    {
        var known = KnownDifferences.Load(Root);
        string suites = Suites.DefaultRoot()!;
        var jobs = known.Entries
            .Select(e => (e.Engine, e.Suite, e.File))
            .Distinct()
            .Select(k => new Job(k.Engine, k.Suite, k.File, Path.Combine(Suites.Folder(suites, k.Suite)!, k.File)))
            .ToList();
        var runs = new Coordinator { StartWorker = WorkerHost.StartWorker, Progress = TextWriter.Null, Interactive = false, WorkingDirectory = Root }.Run(jobs);

        var actual = runs.SelectMany(r => r.Files.SelectMany(f => f.Failures.Select(x => $"{r.Engine} {r.Suite} {f.File}:{x.Line} {x.Command}")))
            .Order(StringComparer.Ordinal).ToList();
        var expected = known.Entries.Select(e => $"{e.Engine} {e.Suite} {e.File}:{e.Line} {e.Command}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual),
            "new failures:\n" + string.Join("\n", actual.Except(expected)) + "\nno longer failing:\n" + string.Join("\n", expected.Except(actual)));
    }

    [Fact]
    public void KnownDifferencesAreMarkedButStillCountAsFailures()
    {
        var report = ConformanceReportTests.Sample();
        var known = new KnownDifferences { Entries = [new() { Engine = "wasmtime", Suite = "wg-2.0", File = "i32.wast", Line = 2, Command = "assert_return invoke \"add\"", Reason = "planted" }] };
        known.Apply(report.Runs);
        Assert.Equal("planted", report.Runs[0].Files[0].Failures[0].Known);
        Assert.Equal((1, 1), (report.Runs[0].Totals.Failed, report.Runs[0].Totals.Known));
    }
}
