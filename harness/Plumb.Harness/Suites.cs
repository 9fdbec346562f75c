using Plumb.Harness.Engines;

namespace Plumb.Harness;

/// <summary>The spec suites: where they are, which scripts they hold, which features they assume.</summary>
public static class Suites
{
    /// <summary>Every suite name, in order.</summary>
    public static readonly string[] Names = ["wg-1.0", "wg-2.0", "wg-3.0"];

    /// <summary>
    /// The engine options for a suite. wg-1.0 scripts assume Core 1.0 exactly (some bytes valid in
    /// 2.0 are malformed or invalid there); wg-3.0 adds the proposals standardised after 2.0.
    /// </summary>
    public static EngineOptions Options(string suite) => suite switch
    {
        "wg-1.0" => new EngineOptions(suite, WasmFeatures.Core1, false),
        "wg-3.0" => new EngineOptions(suite, WasmFeatures.Core2, true),
        _ => new EngineOptions(suite, WasmFeatures.Core2, false),
    };

    /// <summary>Expands "all" and comma lists; unknown names are returned in <paramref name="unknown"/>.</summary>
    public static List<string> Parse(string spec, out List<string> unknown)
    {
        var result = new List<string>();
        unknown = [];
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part == "all")
                result.AddRange(Names);
            else if (Names.Contains(part))
                result.Add(part);
            else
                unknown.Add(part);
        }
        return result.Distinct().ToList();
    }

    /// <summary>
    /// The repository root (the folder holding Plumb.slnx), searched upwards from the executable's
    /// folder, then from the current directory; null when neither is inside a checkout.
    /// </summary>
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Plumb.slnx")))
                    return dir.FullName;
            }
        }
        return null;
    }

    /// <summary>The default suites folder: <c>&lt;repo root&gt;/../shared/corpora/spec</c>.</summary>
    public static string? DefaultRoot() =>
        RepositoryRoot() is { } root ? Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora", "spec")) : null;

    /// <summary>
    /// The folder of a suite under <paramref name="root"/>: <c>root/suite</c> when it exists, else
    /// <paramref name="root"/> itself when it holds .wast files (a clone's test/core).
    /// </summary>
    public static string? Folder(string root, string suite)
    {
        string sub = Path.Combine(root, suite);
        if (Directory.Exists(sub))
            return sub;
        return Directory.Exists(root) && Directory.EnumerateFiles(root, "*.wast").Any() ? root : null;
    }

    /// <summary>Every script of a suite folder, recursively, as (path relative with '/', full path), sorted.</summary>
    public static List<(string Relative, string Full)> Scripts(string folder) =>
        Directory.EnumerateFiles(folder, "*.wast", SearchOption.AllDirectories)
            .Select(full => (Path.GetRelativePath(folder, full).Replace('\\', '/'), full))
            .OrderBy(s => s.Item1, StringComparer.Ordinal)
            .ToList();
}
