using System.Diagnostics;
using Plumb.Harness.Engines;

namespace Plumb.Fuzz.Differential;

/// <summary>
/// The in-process differential fuzz loop behind <c>plumb fuzz</c>: takes cases seed after seed from a
/// <see cref="FuzzCaseSource"/>, checks each with a <see cref="DifferentialOracle"/>, and collects
/// divergences until the time or case limit. With several jobs each job has its own oracle (and
/// engines) and takes every jobs-th seed, so a run is reproducible from its first seed.
/// </summary>
public sealed class Fuzzer
{
    /// <summary>The engine names; at least two.</summary>
    public required IReadOnlyList<string> Engines { get; init; }

    /// <summary>The reference engine; null: <see cref="DifferentialOracle.DefaultReference"/>.</summary>
    public string? Reference { get; init; }

    /// <summary>Where cases come from (<see cref="FuzzCaseSource"/>).</summary>
    public required Func<long, FuzzCase> Source { get; init; }

    /// <summary>Makes an engine by name (<see cref="CaseEngine.From"/> for engines in this process, <see cref="WorkerCaseEngine.HostedBy"/>).</summary>
    public required Func<string, ICaseEngine> Factory { get; init; }

    /// <summary>How long one engine may take for one case.</summary>
    public TimeSpan CaseTimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The features the engines run with (<see cref="DifferentialOracle.Features"/>).</summary>
    public WasmFeatures Features { get; init; } = WasmFeatures.Core2;

    /// <summary>Parallel jobs.</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>Runs from <paramref name="firstSeed"/> until <paramref name="duration"/> has passed or <paramref name="maxCases"/> cases ran.</summary>
    /// <param name="firstSeed">The first seed; job k takes seeds firstSeed + k, + k + jobs, ...</param>
    /// <param name="duration">The time limit.</param>
    /// <param name="maxCases">A case limit (tests); null for none.</param>
    /// <param name="progress">Called about twice a second and at the end with the totals so far.</param>
    public FuzzSummary Run(long firstSeed, TimeSpan duration, long? maxCases = null, Action<FuzzProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        long modules = 0, executions = 0, excluded = 0;
        var findings = new List<FuzzFinding>();
        var excludedBy = new System.Collections.Concurrent.ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var gate = new object();
        int jobs = Math.Max(1, Jobs);
        long issued = 0;

        void Job(int k)
        {
            using var oracle = new DifferentialOracle(Engines, Reference, Factory) { TimeLimit = CaseTimeLimit, Features = Features };
            for (long n = 0; clock.Elapsed < duration; n++)
            {
                if (maxCases is { } max && Interlocked.Increment(ref issued) > max)
                    break;
                long seed = firstSeed + k + (n * jobs);
                FuzzCase fuzzCase;
                try
                {
                    fuzzCase = Source(seed);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    lock (gate)
                        findings.Add(new FuzzFinding(new FuzzCase(seed, [], []), [new Divergence(seed, DivergenceKind.Crash, "generator", "generator", "generate", "a case", $"exception {e.GetType().Name}: {e.Message}")]));
                    continue;
                }
                var result = oracle.Check(fuzzCase);
                Interlocked.Increment(ref modules);
                Interlocked.Add(ref executions, result.Executions);
                if (result.Exclusions.Count > 0)
                    Interlocked.Increment(ref excluded);
                foreach (var category in result.Exclusions.Select(KnownDifferences.Category).Distinct())
                    excludedBy.AddOrUpdate(category, 1, (_, n) => n + 1);
                if (result.Divergences.Count > 0)
                {
                    lock (gate)
                        findings.Add(new FuzzFinding(fuzzCase, result.Divergences));
                }
            }
        }

        var threads = Enumerable.Range(0, jobs).Select(k => new Thread(() => Job(k)) { IsBackground = true, Name = $"fuzz job {k}" }).ToList();
        threads.ForEach(t => t.Start());
        FuzzProgress Snapshot()
        {
            lock (gate)
                return new FuzzProgress(clock.Elapsed, Interlocked.Read(ref modules), Interlocked.Read(ref executions), findings.Sum(f => f.Divergences.Count), Interlocked.Read(ref excluded));
        }
        foreach (var thread in threads)
        {
            while (!thread.Join(TimeSpan.FromMilliseconds(500)))
                progress?.Invoke(Snapshot());
        }
        var last = Snapshot();
        progress?.Invoke(last);
        return new FuzzSummary(last.Elapsed, last.Modules, last.Executions, last.Excluded, Engines,
            Reference ?? DifferentialOracle.DefaultReference(Engines), findings.OrderBy(f => f.Case.Seed).ToList())
        {
            ExcludedBy = excludedBy.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Value),
        };
    }
}

/// <summary>Totals so far.</summary>
/// <param name="Elapsed">Time since the start.</param>
/// <param name="Modules">Cases (modules) run on every engine.</param>
/// <param name="Executions">Engine operations (loads, instantiations, calls, global reads) over all engines.</param>
/// <param name="Divergences">Divergences found.</param>
/// <param name="Excluded">Cases whose comparison stopped early at a step the spec lets vary or at a known difference (<see cref="OracleResult.Exclusions"/>).</param>
public sealed record FuzzProgress(TimeSpan Elapsed, long Modules, long Executions, int Divergences, long Excluded);

/// <summary>A case that diverged, with its divergences (at most one per non-reference engine).</summary>
/// <param name="Case">The case as generated.</param>
/// <param name="Divergences">What diverged.</param>
public sealed record FuzzFinding(FuzzCase Case, IReadOnlyList<Divergence> Divergences);

/// <summary>The result of a fuzz run.</summary>
/// <param name="Elapsed">The run's duration.</param>
/// <param name="Modules">Cases run.</param>
/// <param name="Executions">Engine operations.</param>
/// <param name="Excluded">Cases whose comparison stopped early at a step the spec lets vary (stack exhaustion) or at a known difference.</param>
/// <param name="Engines">The engines.</param>
/// <param name="Reference">The reference engine.</param>
/// <param name="Findings">The diverging cases, by seed.</param>
public sealed record FuzzSummary(TimeSpan Elapsed, long Modules, long Executions, long Excluded, IReadOnlyList<string> Engines, string Reference, IReadOnlyList<FuzzFinding> Findings)
{
    /// <summary>Excluded cases by reason: <c>stack exhaustion</c> or a known difference's name (<see cref="KnownDifferences"/>).</summary>
    public IReadOnlyDictionary<string, long> ExcludedBy { get; init; } = new Dictionary<string, long>();
}
