using System.Xml.Linq;

namespace Plumb.Tests;

public class DependencyTests
{
    [Fact]
    public void RuntimeProjectReferencesNoPackageAndNoProject()
    {
        string project = Path.Combine(RepositoryRoot(), "runtime", "Plumb", "Plumb.csproj");
        var doc = XDocument.Load(project);
        Assert.Empty(doc.Descendants("PackageReference"));
        Assert.Empty(doc.Descendants("ProjectReference"));
        Assert.Empty(doc.Descendants("Reference"));
    }

    [Fact]
    public void RuntimeAssemblyReferencesOnlyTheFramework()
    {
        foreach (var reference in typeof(ValType).Assembly.GetReferencedAssemblies())
        {
            Assert.True(reference.Name!.StartsWith("System", StringComparison.Ordinal) || reference.Name == "netstandard" || reference.Name == "mscorlib",
                $"runtime references {reference.Name}");
        }
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Plumb.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Plumb.slnx not found above " + AppContext.BaseDirectory);
    }
}
