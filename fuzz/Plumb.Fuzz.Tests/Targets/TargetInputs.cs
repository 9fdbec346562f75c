using System.Runtime.CompilerServices;
using Plumb.Fuzz.Targets;

namespace Plumb.Fuzz.Tests.Targets;

/// <summary>The inputs the target tests run: seed corpora (built once per test run) and mutations of them.</summary>
internal static class TargetInputs
{
    private static readonly Dictionary<SeedKind, IReadOnlyList<byte[]>> Seeds = [];

    public static string RepositoryRoot { get; } = FindRoot();

    public static string SuiteDir => Path.Combine(
        Environment.GetEnvironmentVariable("PLUMB_SUITES") is { Length: > 0 } suites ? suites : Path.Combine(RepositoryRoot, "..", "shared", "corpora", "spec"),
        SeedCorpus.Suite);

    public static IReadOnlyList<byte[]> SeedsOf(SeedKind kind)
    {
        lock (Seeds)
        {
            if (!Seeds.TryGetValue(kind, out var seeds))
            {
                seeds = SeedCorpus.Build(kind, SuiteDir);
                Seeds[kind] = seeds;
            }
            return seeds;
        }
    }

    /// <summary>
    /// <paramref name="count"/> inputs made from <paramref name="seeds"/> by AFL's kinds of havoc (bit
    /// flips, interesting bytes, inserted and deleted runs, splices of two seeds) and some random bytes,
    /// deterministic for <paramref name="seed"/>.
    /// </summary>
    public static IEnumerable<byte[]> Mutations(IReadOnlyList<byte[]> seeds, int count, int seed)
    {
        var random = new Random(seed);
        byte[] interesting = [0x00, 0x01, 0x7F, 0x80, 0xFF, 0x40, 0x41, 0x20, 0x28, 0x29, 0x0B, 0x60, 0x70, 0x6F, 0x7B];
        for (int i = 0; i < count; i++)
        {
            if (i % 10 == 0)
            {
                var noise = new byte[random.Next(0, 64)];
                random.NextBytes(noise);
                yield return noise;
                continue;
            }
            var input = new List<byte>(seeds[random.Next(seeds.Count)]);
            int edits = 1 + random.Next(4);
            for (int e = 0; e < edits; e++)
            {
                int at = input.Count == 0 ? 0 : random.Next(input.Count);
                switch (random.Next(5))
                {
                    case 0 when input.Count > 0:
                        input[at] ^= (byte)(1 << random.Next(8));
                        break;
                    case 1 when input.Count > 0:
                        input[at] = interesting[random.Next(interesting.Length)];
                        break;
                    case 2:
                        input.InsertRange(at, Enumerable.Range(0, random.Next(1, 8)).Select(_ => interesting[random.Next(interesting.Length)]));
                        break;
                    case 3 when input.Count > 0:
                        input.RemoveRange(at, Math.Min(input.Count - at, random.Next(1, 16)));
                        break;
                    default:
                        var other = seeds[random.Next(seeds.Count)];
                        int from = other.Length == 0 ? 0 : random.Next(other.Length);
                        input.RemoveRange(at, input.Count - at);
                        input.AddRange(other.AsSpan(from).ToArray());
                        break;
                }
            }
            yield return [.. input];
        }
    }

    private static string FindRoot([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Plumb.slnx")))
            {
                return dir.FullName;
            }
        }
        // The build output may sit outside the work tree (PLUMB_ARTIFACTS): this file's own path then tells.
        string fromSource = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));
        return File.Exists(Path.Combine(fromSource, "Plumb.slnx"))
            ? fromSource
            : throw new InvalidOperationException("Plumb.slnx not found above the test's folder");
    }
}
