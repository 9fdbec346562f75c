namespace Plumb.Tests.Api;

/// <summary>
/// The runtime's public surface, printed and compared with runtime/Plumb.Tests/PublicApi.txt so that
/// every API change shows up as a diff. Run with PLUMB_BLESS=1 to rewrite the file.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicSurfaceMatchesTheCheckedInFile()
    {
        PublicApiSnapshot.AssertMatches(typeof(WasmRuntime).Assembly,
            Path.Combine(DependencyTests.RepositoryRoot(), "runtime", "Plumb.Tests", "PublicApi.txt"));
    }

    [Fact]
    public void PublicClassesAreSealedOrAbstractAndHaveNoPublicConstructors()
    {
        foreach (var type in typeof(WasmRuntime).Assembly.GetExportedTypes().Where(t => t.IsClass && !typeof(Delegate).IsAssignableFrom(t)))
        {
            // Exceptions follow .NET's conventions instead (WasmMalformedException has a text subclass).
            if (!typeof(Exception).IsAssignableFrom(type))
            {
                Assert.True(type.IsSealed || type.IsAbstract, $"{type} is neither sealed nor abstract");
                Assert.Empty(type.GetConstructors());
            }
        }
    }
}
