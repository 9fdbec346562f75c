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

    /// <summary>
    /// Instantiation, the store and the embedding API see engines only through the engine contract
    /// (Plumb.Engines): no source file there names a type of an engine's own namespace.
    /// </summary>
    [Theory]
    [InlineData("Execution")]
    [InlineData("Api")]
    public void OnlyTheEngineContractIsSeenOutsideTheEngines(string folder)
    {
        var engineTypes = typeof(ValType).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Plumb.Engines.", StringComparison.Ordinal) == true && !t.IsNested)
            .Select(t => t.Name.Split('`')[0])
            .ToHashSet();
        Assert.Contains("Machine", engineTypes);
        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryRoot(), "runtime", "Plumb", folder), "*.cs", SearchOption.AllDirectories))
        {
            var words = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), @"[A-Za-z_][A-Za-z0-9_.]*").Select(m => m.Value);
            var named = words.SelectMany(w => w.Split('.')).Where(engineTypes.Contains).Distinct().ToList();
            Assert.True(named.Count == 0, $"{Path.GetFileName(file)} names {string.Join(", ", named)}");
            Assert.DoesNotContain("Plumb.Engines.", File.ReadAllText(file), StringComparison.Ordinal);
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
