using Plumb.Tests.Api;

namespace Plumb.Text.Tests.Api;

/// <summary>
/// The text library's public surface, printed and compared with wast-parser/Plumb.Text.Tests/PublicApi.txt
/// so that every API change shows up as a diff. Run with PLUMB_BLESS=1 to rewrite the file.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicSurfaceMatchesTheCheckedInFile() =>
        PublicApiSnapshot.AssertMatches(typeof(Wat).Assembly,
            Path.Combine(SpecSuite.RepositoryRoot, "wast-parser", "Plumb.Text.Tests", "PublicApi.txt"));
}
