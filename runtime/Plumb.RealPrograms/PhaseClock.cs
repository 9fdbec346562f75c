using System.Diagnostics;
using System.Globalization;

namespace Plumb.RealPrograms;

/// <summary>How long a phase took: wall time, and the process's CPU time over all its threads (Wasmtime compiles on several, .NET JITs and collects on others).</summary>
internal readonly record struct Phase(TimeSpan Wall, TimeSpan Cpu)
{
    /// <summary>"wall/cpu" in seconds.</summary>
    public override string ToString() =>
        $"{Wall.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)}/{Cpu.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)}";
}

/// <summary>A stopwatch of wall and process CPU time, since a shared machine's wall times say little alone.</summary>
internal sealed class PhaseClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

    public Phase Elapsed => new(_wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - _cpu);

    public void Restart()
    {
        _cpu = Process.GetCurrentProcess().TotalProcessorTime;
        _wall.Restart();
    }
}
