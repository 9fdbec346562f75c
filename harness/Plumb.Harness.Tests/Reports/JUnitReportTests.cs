using Plumb.Harness.Reports;

namespace Plumb.Harness.Tests.Reports;

public class JUnitReportTests
{
    [Fact]
    public void JUnitHasATestCasePerScript()
    {
        var xml = System.Xml.Linq.XDocument.Parse(JUnitReport.Render(ConformanceReportTests.Sample()));
        var testcase = Assert.Single(xml.Descendants("testcase"));
        Assert.Equal("i32.wast", (string?)testcase.Attribute("name"));
        Assert.Single(testcase.Elements("failure"));
    }
}
