using Newtonsoft.Json;

namespace Plumb.Harness.Reports;

/// <summary>The results of one engine on one suite.</summary>
public sealed class RunReport
{
    /// <summary>The engine's name.</summary>
    public string Engine { get; set; } = "";

    /// <summary>The suite's name.</summary>
    public string Suite { get; set; } = "";

    /// <summary>
    /// Where it ran. Read into a fresh object, never into the default (this machine's): a report written
    /// before a platform field existed must read as "not recorded", not as this machine.
    /// </summary>
    [JsonProperty(ObjectCreationHandling = ObjectCreationHandling.Replace)]
    public PlatformInfo Platform { get; set; } = PlatformInfo.Current;

    /// <summary>Sums over the files.</summary>
    public Totals Totals { get; set; } = new();

    /// <summary>False when messages (and malformed versus invalid) were compared loosely for this engine.</summary>
    public bool ExactMessages { get; set; }

    /// <summary>Wall-clock seconds of the scripts' workers, summed.</summary>
    public double Seconds { get; set; }

    /// <summary>One entry per script.</summary>
    public List<FileReport> Files { get; set; } = [];

    /// <summary>Recomputes <see cref="Totals"/> from the files.</summary>
    public void Sum()
    {
        Totals = new Totals
        {
            Passed = Files.Sum(f => f.Passed),
            Failed = Files.Sum(f => f.Failed),
            Skipped = Files.Sum(f => f.Skipped),
            LooseMatches = Files.Sum(f => f.LooseMatches),
            Known = Files.Sum(f => f.Failures.Count(x => x.Known is not null)),
        };
        Seconds = Math.Round(Files.Sum(f => f.Seconds), 2);
    }
}
