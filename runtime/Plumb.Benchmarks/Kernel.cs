using System.Globalization;

namespace Plumb.Benchmarks;

/// <summary>One benchmark kernel of <c>corpora/bench</c>: a module exporting <c>run(n)</c> and importing nothing.</summary>
/// <param name="Name">The kernel's name; its files are <c>NAME.c</c> and <c>NAME.wasm</c>.</param>
/// <param name="N">The argument of a full run.</param>
/// <param name="QuickN">The argument of a <c>--quick</c> run.</param>
/// <param name="Result">What <c>run(N)</c> returns, as computed natively.</param>
/// <param name="QuickResult">What <c>run(QuickN)</c> returns.</param>
internal sealed record Kernel(string Name, int N, int QuickN, int Result, int QuickResult)
{
    /// <summary>The argument for this run's mode.</summary>
    public int Argument(bool quick) => quick ? QuickN : N;

    /// <summary>The result expected for this run's mode; every engine must return it.</summary>
    public int Expected(bool quick) => quick ? QuickResult : Result;

    /// <summary>Reads <c>corpora/bench/kernels.tsv</c> (name, n, quick n, result, quick result; '#' starts a comment).</summary>
    public static IReadOnlyList<Kernel> Load(string benchFolder)
    {
        var kernels = new List<Kernel>();
        foreach (var line in File.ReadLines(Path.Combine(benchFolder, "kernels.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("kernel\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 5)
            {
                throw new FormatException($"kernels.tsv: expected 5 tab-separated fields in '{line}'");
            }

            kernels.Add(new Kernel(f[0], Int(f[1]), Int(f[2]), Int(f[3]), Int(f[4])));
        }

        return kernels;

        static int Int(string s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }
}
