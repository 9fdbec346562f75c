using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace Plumb.Benchmarks;

/// <summary>
/// CPU time rather than wall time: the benchmarks share two cores with builds and tests, and waiting in the
/// run queue is not the engine's cost. The current thread's CPU time for in-process engines (a BenchmarkDotNet
/// clock), the waited-for children's for wasm-interp and wasm-validate; native/main.c reads its own thread's.
/// See runtime/RATIONALE.md, "How is the engines' speed measured?".
/// </summary>
internal sealed partial class CpuTime : IClock
{
    /// <summary>The clock BenchmarkDotNet times the in-process benchmarks with.</summary>
    public static readonly CpuTime ThreadClock = new();

    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID
    private const int RusageChildren = -1;    // RUSAGE_CHILDREN

    /// <inheritdoc/>
    public string Title => "thread CPU time";

    /// <inheritdoc/>
    public bool IsAvailable => OperatingSystem.IsLinux();

    /// <inheritdoc/>
    public Frequency Frequency => Frequency.GHz;

    /// <summary>This thread's CPU time in nanoseconds.</summary>
    public long GetTimestamp()
    {
        if (clock_gettime(ClockThreadCpuTime, out var t) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        }

        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }

    /// <summary>User plus system CPU time, in milliseconds, of every child process waited for so far.</summary>
    public static double ChildrenMs()
    {
        if (getrusage(RusageChildren, out var u) != 0)
        {
            throw new InvalidOperationException("getrusage(RUSAGE_CHILDREN) failed");
        }

        return (u.UserSeconds + u.SystemSeconds) * 1e3 + (u.UserMicroseconds + u.SystemMicroseconds) / 1e3;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int clock_gettime(int clock, out Timespec time);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int getrusage(int who, out Rusage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs this code does not read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVCsw, NIvCsw;
    }
}
