using System.Collections.Concurrent;
using Plumb.Text;
using Plumb.Text.Wast;

namespace Plumb.Tests.Spec;

/// <summary>One spec script: its key (<c>wg-2.0/simd/simd_const.wast</c>), path and the features its suite is checked with.</summary>
public sealed record SpecScript(string Key, string Path, WasmFeatures Features)
{
    public override string ToString() => Key;
}

/// <summary>
/// The spec suites read from <c>&lt;repo&gt;/../shared/corpora/spec</c> (never copied): wg-1.0 with Core 1.0
/// features and wg-2.0 (with simd/) with Core 2.0. Each script is parsed once per test run.
/// </summary>
public static class SpecCorpus
{
    private static readonly ConcurrentDictionary<string, Lazy<ParsedScript>> Parsed = new();

    /// <summary>The folder holding Plumb.slnx.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SpecRoot => System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "corpora", "spec"));

    /// <summary>The suites of the front-end walk and the features each is checked with.</summary>
    public static IReadOnlyList<(string Suite, WasmFeatures Features)> Suites { get; } =
        [("wg-1.0", WasmFeatures.Core1), ("wg-2.0", WasmFeatures.Core2)];

    /// <summary>Every script of <see cref="Suites"/>, sorted by key; empty when the corpus is missing.</summary>
    public static IReadOnlyList<SpecScript> Scripts { get; } = FindScripts();

    public static SpecScript Script(string key) => Scripts.Single(s => s.Key == key);

    /// <summary>Script keys as theory data.</summary>
    public static TheoryData<string> ScriptKeys()
    {
        var data = new TheoryData<string>();
        foreach (var script in Scripts)
        {
            data.Add(script.Key);
        }
        return data;
    }

    /// <summary>The script parsed with <see cref="WastParser"/>, cached; a parse error is kept, not thrown.</summary>
    public static ParsedScript Parse(SpecScript script) =>
        Parsed.GetOrAdd(script.Key, _ => new Lazy<ParsedScript>(() => ParseNow(script))).Value;

    private static ParsedScript ParseNow(SpecScript script)
    {
        string text = File.ReadAllText(script.Path);
        try
        {
            return new ParsedScript(text, WastParser.Parse(text, script.Key), null);
        }
        catch (WasmMalformedException e)
        {
            return new ParsedScript(text, null, e);
        }
    }

    private static IReadOnlyList<SpecScript> FindScripts()
    {
        var scripts = new List<SpecScript>();
        foreach (var (suite, features) in Suites)
        {
            string folder = System.IO.Path.Combine(SpecRoot, suite);
            if (!Directory.Exists(folder))
            {
                continue;
            }
            foreach (string path in Directory.EnumerateFiles(folder, "*.wast", SearchOption.AllDirectories))
            {
                string key = suite + "/" + System.IO.Path.GetRelativePath(folder, path).Replace('\\', '/');
                scripts.Add(new SpecScript(key, path, features));
            }
        }
        scripts.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return scripts;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Plumb.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Plumb.slnx above {AppContext.BaseDirectory}");
    }
}

/// <summary>A script's text and either its parsed form or the error that stopped the parse.</summary>
public sealed record ParsedScript(string Text, WastScript? Script, WasmMalformedException? Error)
{
    /// <summary>The 1-based line of a parse error, when the parser reported one.</summary>
    public int ErrorLine => Error is WatSyntaxException syntax ? syntax.Line : 0;
}
