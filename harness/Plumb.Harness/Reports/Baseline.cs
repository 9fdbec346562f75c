namespace Plumb.Harness.Reports;

/// <summary>
/// Compares a run with the committed baseline (reports/baseline/PLATFORM/conformance.json): a command
/// that passed in the baseline and does not pass now is a regression; a baseline failure that
/// passes now is an improvement. Commands are identified by (engine, suite, file, line, command).
/// </summary>
public static class Baseline
{
    /// <summary>The result of a comparison.</summary>
    /// <param name="Regressions">Commands that passed in the baseline and fail or are skipped now, with what was expected and what happened.</param>
    /// <param name="Improvements">Commands that failed or were skipped in the baseline and pass now.</param>
    /// <param name="Uncovered">(engine, suite) runs that have nothing to be compared with: no baseline run, or one recorded on another platform.</param>
    public sealed record Comparison(List<string> Regressions, List<string> Improvements, List<string> Uncovered)
    {
        /// <summary>
        /// True when nothing regressed and every run was compared: a run without a baseline fails the
        /// comparison rather than pass it unchecked.
        /// </summary>
        public bool Holds => Regressions.Count == 0 && Uncovered.Count == 0;
    }

    /// <summary>The baseline folder for this platform under a repository root: <c>reports/baseline/linux-x64</c>.</summary>
    public static string Folder(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "reports", "baseline", PlatformInfo.Current.Id);

    /// <summary>The baseline file for this platform under a repository root.</summary>
    public static string PathIn(string repositoryRoot) => Path.Combine(Folder(repositoryRoot), "conformance.json");

    /// <summary>
    /// Compares <paramref name="now"/> with <paramref name="baseline"/>: only the (engine, suite) runs
    /// of <paramref name="now"/>; the baseline's runs of other engines and suites are not looked at.
    /// </summary>
    public static Comparison Compare(ConformanceReport baseline, ConformanceReport now)
    {
        var regressions = new List<string>();
        var improvements = new List<string>();
        var uncovered = new List<string>();
        foreach (var run in now.Runs)
        {
            var old = baseline.Runs.FirstOrDefault(r => r.Engine == run.Engine && r.Suite == run.Suite);
            if (old is null)
            {
                uncovered.Add($"{run.Engine} {run.Suite}: the baseline has no run of this engine on this suite");
                continue;
            }
            if (old.Platform.Id != run.Platform.Id)
            {
                uncovered.Add($"{run.Engine} {run.Suite}: the baseline was recorded on {old.Platform.Id}, this run is on {run.Platform.Id}");
                continue;
            }
            var oldFiles = old.Files.ToDictionary(f => f.File, StringComparer.Ordinal);
            foreach (var file in run.Files)
            {
                if (!oldFiles.TryGetValue(file.File, out var oldFile))
                    continue; // a new script: nothing passed in the baseline
                var oldBad = NotPassed(oldFile);
                var nowBad = NotPassed(file);
                foreach (var key in nowBad.Keys.Where(k => !oldBad.ContainsKey(k)))
                {
                    // A script-level failure (crash, time limit) at a line the baseline never
                    // reached is still a regression: the file did finish before.
                    var failure = nowBad[key];
                    regressions.Add($"{run.Engine} {run.Suite} {file.File}:{key.Line} {key.Command}: expected {failure.Expected}, got {failure.Actual}");
                }
                foreach (var key in oldBad.Keys.Where(k => !nowBad.ContainsKey(k)))
                    improvements.Add($"{run.Engine} {run.Suite} {file.File}:{key.Line} {key.Command}");
                if (file.Passed + file.Failed + file.Skipped < oldFile.Passed + oldFile.Failed + oldFile.Skipped)
                    regressions.Add($"{run.Engine} {run.Suite} {file.File}: {oldFile.Passed + oldFile.Failed + oldFile.Skipped} commands in the baseline, {file.Passed + file.Failed + file.Skipped} now");
            }
            foreach (var missing in old.Files.Where(f => run.Files.All(n => n.File != f.File) && f.Passed > 0))
                regressions.Add($"{run.Engine} {run.Suite} {missing.File}: not run now ({missing.Passed} passed in the baseline)");
        }
        return new Comparison(regressions, improvements, uncovered);
    }

    private static Dictionary<(int Line, string Command), FailureReport> NotPassed(FileReport file)
    {
        var result = new Dictionary<(int, string), FailureReport>();
        foreach (var f in file.Failures.Concat(file.Skips))
            result.TryAdd((f.Line, f.Command), f);
        return result;
    }
}
