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
        Assert.Equal(["wasmtime wg-2.0 i32.wast:3 assert_trap invoke \"div\": (i32.const 0)"], comparison.Regressions);
        Assert.Equal(["wasmtime wg-2.0 i32.wast:2 assert_return invoke \"add\""], comparison.Improvements);
        Assert.Empty(Baseline.Compare(baseline, baseline).Regressions);
    }
}
