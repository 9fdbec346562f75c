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
}
