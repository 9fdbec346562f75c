namespace Plumb.Text.Tests;

public class ProjectTests
{
    [Fact]
    public void TextAssemblyReferencesTheRuntime()
    {
        var refs = typeof(Plumb.Text.TextAssemblyMarker).Assembly.GetReferencedAssemblies().Select(a => a.Name);
        Assert.Contains("Plumb", refs);
    }
}
