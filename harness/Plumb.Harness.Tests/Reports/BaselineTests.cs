using Plumb.Harness.Reports;

namespace Plumb.Harness.Tests.Reports;

public class BaselineTests
{
    [Fact]
    public void BaselineFlagsRegressionsAndImprovements()
    {
        var baseline = ConformanceReportTests.Sample();
        var now = ConformanceReportTests.Sample();
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
        Assert.Equal(["wasmtime wg-2.0 i32.wast:3 assert_trap invoke \"div\": expected trap, got (i32.const 0)"], comparison.Regressions);
        Assert.Equal(["wasmtime wg-2.0 i32.wast:2 assert_return invoke \"add\""], comparison.Improvements);
        Assert.False(comparison.Holds);
        Assert.True(Baseline.Compare(baseline, baseline).Holds);
    }

    [Fact]
    public void OnlyTheRunsMadeNowAreCompared()
    {
        var baseline = ConformanceReportTests.Sample();
        var other = ConformanceReportTests.Sample().Runs[0];
        other.Engine = "interpreter";
        other.Files[0].Failures.Clear(); // it passed everything: absent now, it is not a regression
        baseline.Runs.Add(other);
        var comparison = Baseline.Compare(baseline, ConformanceReportTests.Sample());
        Assert.True(comparison.Holds);
        Assert.Empty(comparison.Uncovered);
    }

    [Fact]
    public void ARunWithoutABaselineFailsTheComparison()
    {
        var baseline = ConformanceReportTests.Sample();
        var now = ConformanceReportTests.Sample();
        now.Runs[0].Suite = "wg-3.0";
        var elsewhere = ConformanceReportTests.Sample();
        elsewhere.Runs[0].Platform = new PlatformInfo { Os = "plan9", Arch = "mips", Dotnet = "10.0" };

        var missing = Baseline.Compare(baseline, now);
        var foreign = Baseline.Compare(elsewhere, ConformanceReportTests.Sample());

        Assert.False(missing.Holds);
        Assert.Equal(["wasmtime wg-3.0: the baseline has no run of this engine on this suite"], missing.Uncovered);
        Assert.False(foreign.Holds);
        Assert.Contains("recorded on plan9-mips", Assert.Single(foreign.Uncovered));
        Assert.Empty(missing.Regressions);
    }
}
