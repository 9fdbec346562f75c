namespace Plumb.Tests.Spec;

/// <summary>
/// A known-failures data file: one line per failing command, <c>suite/file:line&lt;TAB&gt;reason</c>.
/// Tests compare the actual failures with it exactly (by key); scripts/update-known-failures.sh
/// rewrites it by running the tests with <see cref="UpdateVariable"/> set.
/// </summary>
public sealed class KnownFailures
{
    /// <summary>When this environment variable is 1, tests rewrite the file instead of comparing.</summary>
    public const string UpdateVariable = "PLUMB_UPDATE_KNOWN_FAILURES";

    private KnownFailures(string path, IReadOnlyDictionary<string, string> entries)
    {
        Path = path;
        Entries = entries;
    }

    public string Path { get; }

    /// <summary>Reason by key.</summary>
    public IReadOnlyDictionary<string, string> Entries { get; }

    public static bool UpdateMode => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Loads a file under runtime/Plumb.Tests/Spec of the source tree (a missing file is empty).</summary>
    public static KnownFailures Load(string fileName)
    {
        string path = System.IO.Path.Combine(SpecCorpus.RepoRoot, "runtime", "Plumb.Tests", "Spec", fileName);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (string line in File.ReadAllLines(path))
            {
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }
                int tab = line.IndexOf('\t');
                entries[tab < 0 ? line : line[..tab]] = tab < 0 ? "" : line[(tab + 1)..];
            }
        }
        return new KnownFailures(path, entries);
    }

    /// <summary>Known entries of one script.</summary>
    public IEnumerable<string> KeysOf(string scriptKey) => Entries.Keys.Where(k => k.StartsWith(scriptKey + ":", StringComparison.Ordinal));

    /// <summary>Rewrites the file with the given failures, sorted by script and line.</summary>
    public void Write(string header, IEnumerable<FrontEndFailure> failures)
    {
        var lines = failures
            .OrderBy(f => f.Key[..f.Key.LastIndexOf(':')], StringComparer.Ordinal)
            .ThenBy(f => int.Parse(f.Key[(f.Key.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture))
            .Select(f => $"{f.Key}\t{f.Reason.ReplaceLineEndings(" ")}");
        File.WriteAllLines(Path, [.. header.Split('\n').Select(l => "# " + l), .. lines]);
    }

    /// <summary>Null when the actual failures of a script are exactly the known ones, else what differs.</summary>
    public string? Compare(string scriptKey, IReadOnlyList<FrontEndFailure> actual)
    {
        var known = KeysOf(scriptKey).ToHashSet(StringComparer.Ordinal);
        var newFailures = actual.Where(f => !known.Contains(f.Key)).Select(f => $"  new failure {f.Key}: {f.Reason}").ToList();
        var actualKeys = actual.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var fixedOnes = known.Where(k => !actualKeys.Contains(k)).Order(StringComparer.Ordinal).Select(k => $"  now passes (remove from the file) {k}").ToList();
        if (newFailures.Count == 0 && fixedOnes.Count == 0)
        {
            return null;
        }
        return $"{scriptKey} differs from {System.IO.Path.GetFileName(Path)} (run scripts/update-known-failures.sh and review the diff):\n"
            + string.Join("\n", newFailures.Concat(fixedOnes));
    }
}
