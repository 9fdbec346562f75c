using System.Diagnostics;

namespace Plumb.Fuzz.Targets;

/// <summary>Executions per second of a target in process, cycling over its seed corpus after a warm-up pass.</summary>
internal static class Bench
{
    /// <summary>Runs <paramref name="executions"/> inputs of <paramref name="seeds"/> in turn; returns executions per second.</summary>
    public static double Run(FuzzTarget target, IReadOnlyList<byte[]> seeds, int executions)
    {
        if (seeds.Count == 0)
        {
            throw new ArgumentException("the seed corpus is empty", nameof(seeds));
        }
        foreach (var seed in seeds)
        {
            Replay.Check(target, seed);
        }
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < executions; i++)
        {
            // Findings do not stop a measurement; --run reports them.
            Replay.Check(target, seeds[i % seeds.Count]);
        }
        return executions / clock.Elapsed.TotalSeconds;
    }
}
