using System.Security.Cryptography;
using System.Text;
using Plumb.Text.Wast;

namespace Plumb.Fuzz.Targets;

/// <summary>
/// The seed corpus of a target, taken from the spec suites' scripts: every binary module in them (valid,
/// invalid, malformed and unlinkable ones, as the script's parser encodes them), the text of each text
/// and quoted module, or the scripts themselves. Deduplicated by content; inputs over
/// <see cref="MaxSeedSize"/> are left out, since AFL mutates small inputs best.
/// </summary>
internal static class SeedCorpus
{
    /// <summary>The largest seed kept, in bytes.</summary>
    public const int MaxSeedSize = 16 * 1024;

    /// <summary>The suite the seeds come from, under the suites folder.</summary>
    public const string Suite = "wg-2.0";

    /// <summary>The seeds of <paramref name="kind"/> from the scripts of <paramref name="suiteDir"/>, in a stable order.</summary>
    public static IReadOnlyList<byte[]> Build(SeedKind kind, string suiteDir)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seeds = new List<byte[]>();
        void Add(byte[] input)
        {
            if (input.Length <= MaxSeedSize && seen.Add(Name(input)))
            {
                seeds.Add(input);
            }
        }
        foreach (string path in Directory.GetFiles(suiteDir, "*.wast").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(path);
            if (kind == SeedKind.Scripts)
            {
                Add(Encoding.UTF8.GetBytes(text));
            }
            var script = WastParser.Parse(text, Path.GetFileName(path));
            foreach (var module in script.Commands.Select(ModuleOf).OfType<WastModule>())
            {
                switch (kind)
                {
                    case SeedKind.BinaryModules or SeedKind.ModulesAndGeneratorInputs when module.Bytes is { } bytes:
                        Add(bytes);
                        break;
                    case SeedKind.TextModules or SeedKind.Scripts when module.Kind != WastModuleKind.Binary && module.Source is { } source:
                        Add(Encoding.UTF8.GetBytes(source));
                        break;
                }
            }
        }
        if (kind == SeedKind.ModulesAndGeneratorInputs)
        {
            GeneratorInputs().ToList().ForEach(Add);
        }
        return seeds;
    }

    /// <summary>
    /// Inputs for the module generator: byte strings of 16 to 4,096 bytes from a fixed seed. Each is a
    /// different valid module; none starts with the binary magic.
    /// </summary>
    public static IEnumerable<byte[]> GeneratorInputs()
    {
        var random = new Random(20261206);
        for (int i = 0; i < 200; i++)
        {
            var input = new byte[16 << (i % 9)];
            random.NextBytes(input);
            input[0] = (byte)(input[0] == 0 ? 1 : input[0]);
            yield return input;
        }
    }

    /// <summary>A seed's file name: the start of its SHA-256, so that equal inputs share one file.</summary>
    public static string Name(ReadOnlySpan<byte> input) => Convert.ToHexStringLower(SHA256.HashData(input))[..16];

    /// <summary>Writes the seeds into <paramref name="outDir"/> (created if missing); returns how many.</summary>
    public static int Write(IReadOnlyList<byte[]> seeds, string outDir)
    {
        Directory.CreateDirectory(outDir);
        foreach (var seed in seeds)
        {
            File.WriteAllBytes(Path.Combine(outDir, Name(seed)), seed);
        }
        return seeds.Count;
    }

    /// <summary>
    /// The spec suites' folder: <c>PLUMB_SUITES</c> when set, else <c>../shared/corpora/spec</c> beside the
    /// repository that holds the working folder or this program.
    /// </summary>
    public static string? FindSuites()
    {
        if (Environment.GetEnvironmentVariable("PLUMB_SUITES") is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Plumb.slnx")))
                {
                    string suites = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpora", "spec"));
                    if (Directory.Exists(suites))
                    {
                        return suites;
                    }
                }
            }
        }
        return null;
    }

    private static WastModule? ModuleOf(WastCommand command) => command switch
    {
        ModuleCommand c => c.Module,
        AssertInvalid c => c.Module,
        AssertMalformed c => c.Module,
        AssertUnlinkable c => c.Module,
        AssertModuleTrap c => c.Module,
        _ => null,
    };
}
