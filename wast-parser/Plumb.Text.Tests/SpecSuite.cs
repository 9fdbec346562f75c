namespace Plumb.Text.Tests;

/// <summary>Locates the spec suites at &lt;repo root&gt;/../shared/corpora/spec (read only).</summary>
internal static class SpecSuite
{
    /// <summary>The repository's root folder (the one holding Plumb.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The folder holding wg-1.0, wg-2.0, ...</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpora", "spec"));

    /// <summary>Every .wast script of a suite folder (including subfolders such as simd/), sorted.</summary>
    public static string[] Scripts(string suite) =>
        Directory.GetFiles(Path.Combine(Root, suite), "*.wast", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<(string Path, Plumb.Text.Wast.WastScript Script)[]>> Parsed = new();

    /// <summary>Every script of a suite, parsed once per test run and shared by the tests that walk the suites.</summary>
    public static (string Path, Plumb.Text.Wast.WastScript Script)[] ParsedScripts(string suite) =>
        Parsed.GetOrAdd(suite, s => new Lazy<(string, Plumb.Text.Wast.WastScript)[]>(
            () => Scripts(s).Select(p => (p, Plumb.Text.Wast.WastParser.Parse(File.ReadAllText(p), p))).ToArray())).Value;

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Plumb.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (Plumb.slnx) not found");
    }
}
