using Plumb.Harness.Reports;

namespace Plumb.Harness.Tests.Reports;

public class MarkdownReportTests
{
    [Fact]
    public void MarkdownShowsTheMatrixAndGroupsFailuresByCause()
    {
        string md = MarkdownReport.Render(ConformanceReportTests.Sample());
        Assert.Contains("| wg-2.0 | 50.00% (2/4) |", md);
        Assert.Contains("### assert_return: wrong results (1)", md);
        Assert.Contains("`i32.wast:2`", md);
        Assert.Contains("### Skipped: assert_return: unsupported: v128 (1)", md);
    }

    [Fact]
    public void MarkdownStatesThePlatformAndCountsKnownInTheFailedCell()
    {
        string md = MarkdownReport.Render(HtmlReportTests.Rich());
        Assert.Contains($"Platform: {PlatformInfo.Current.Describe()}.", md);
        Assert.Contains("| `wasmtime` | wg-1.0 | " + PlatformInfo.Current.Label + " | 0 | 1 (1 known) |", md);
        Assert.Contains("Against the baseline `reports/baseline/linux-x64/conformance.json`: 1 regressions", md);
    }

    [Fact]
    public void AProposalsFailuresAreOneHeadingWithALinePerScript()
    {
        var run = new RunReport
        {
            Engine = "interpreter",
            Suite = "wg-3.0",
            Files =
            [
                Coordinator.Tally("gc/i31.wast", Enumerable.Range(1, 30).Select(l => new CommandResult(l, "module", CommandStatus.Failed, "instantiated", $"malformed: unexpected token at {l}")), 1),
                Coordinator.Tally("gc/struct.wast", [new CommandResult(3, "module", CommandStatus.Failed, "instantiated", "malformed: unknown operator struct")], 1),
            ],
        };
        run.Sum();

        string md = MarkdownReport.Render(new ConformanceReport { Runs = [run] });

        Assert.Single(md.Split('\n'), l => l.StartsWith("### ", StringComparison.Ordinal));
        Assert.Contains("### Proposal gc: 31 failures in 2 scripts", md);
        Assert.Contains("- `gc/i31.wast`: 30 failed; first `gc/i31.wast:1` module: expected instantiated, got malformed: unexpected token at 1", md);
    }
}
