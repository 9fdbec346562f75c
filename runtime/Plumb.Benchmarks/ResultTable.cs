using System.Globalization;
using System.Text;

namespace Plumb.Benchmarks;

/// <summary>Median times per kernel and engine, printed as one Markdown table with ratios to native.</summary>
internal sealed class ResultTable(IReadOnlyList<Kernel> kernels, IReadOnlyList<string> engines, bool quick)
{
    private readonly Dictionary<(string Kernel, string Engine), double> _medians = [];

    /// <summary>Records the median milliseconds of one kernel on one engine.</summary>
    public void Add(string kernel, string engine, double medianMs) => _medians[(kernel, engine)] = medianMs;

    /// <summary>The median of one cell, if measured.</summary>
    public double? Get(string kernel, string engine) => _medians.TryGetValue((kernel, engine), out var ms) ? ms : null;

    /// <summary>The geometric mean over kernels of <paramref name="engine"/>'s time divided by <paramref name="baseline"/>'s.</summary>
    public double? GeometricMeanRatio(string engine, string baseline)
    {
        var logs = kernels
            .Select(k => (E: Get(k.Name, engine), B: Get(k.Name, baseline)))
            .Where(p => p.E is > 0 && p.B is > 0)
            .Select(p => Math.Log(p.E!.Value / p.B!.Value))
            .ToList();
        return logs.Count == kernels.Count && logs.Count > 0 ? Math.Exp(logs.Average()) : null;
    }

    /// <summary>Renders the table: per kernel the median (ms) and the ratio to native for each engine, then the geometric means.</summary>
    public string Render()
    {
        var sb = new StringBuilder();
        var others = engines.Where(e => e != "native").ToList();
        sb.Append("| kernel | n | native ms |");
        foreach (var e in others)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {e} ms | {e} ×native |");
        }

        sb.AppendLine();
        sb.Append("| --- | ---: | ---: |");
        foreach (var _ in others)
        {
            sb.Append(" ---: | ---: |");
        }

        sb.AppendLine();
        foreach (var k in kernels)
        {
            var native = Get(k.Name, "native");
            sb.Append(CultureInfo.InvariantCulture, $"| {k.Name} | {k.Argument(quick)} | {Ms(native)} |");
            foreach (var e in others)
            {
                var ms = Get(k.Name, e);
                sb.Append(CultureInfo.InvariantCulture, $" {Ms(ms)} | {Ratio(ms / native)} |");
            }

            sb.AppendLine();
        }

        sb.Append("| geometric mean | | |");
        foreach (var e in others)
        {
            sb.Append(CultureInfo.InvariantCulture, $" | {Ratio(GeometricMeanRatio(e, "native"))} |");
        }

        sb.AppendLine();
        return sb.ToString();
    }

    private static string Ms(double? ms) => ms switch
    {
        null => "—",
        >= 100 => ms.Value.ToString("F0", CultureInfo.InvariantCulture),
        >= 10 => ms.Value.ToString("F1", CultureInfo.InvariantCulture),
        _ => ms.Value.ToString("F2", CultureInfo.InvariantCulture),
    };

    private static string Ratio(double? r) => r is null || double.IsNaN(r.Value) ? "—" : r.Value.ToString("F1", CultureInfo.InvariantCulture) + "×";
}
