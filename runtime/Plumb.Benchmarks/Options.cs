using System.Globalization;

namespace Plumb.Benchmarks;

/// <summary>Command-line options of the form <c>--name value</c> or <c>--flag</c>.</summary>
internal sealed class Options
{
    private static readonly HashSet<string> Flags = ["quick"];
    private readonly Dictionary<string, string?> _values = [];

    public static Options Parse(ReadOnlySpan<string> args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            var name = args[i][2..];
            options._values[name] = Flags.Contains(name) || i + 1 >= args.Length ? null : args[++i];
        }

        return options;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? TryGet(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        TryGet(name) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : fallback;
}
