using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Plumb.Wasi;

/// <summary>
/// The WASI state of one instance, made from its <see cref="ModuleConfig"/> on its first WASI call: the
/// descriptor table (standard streams, then the preopened directories), arguments, environment, clocks
/// and randomness. Disposing it closes the files the guest left open.
/// </summary>
internal sealed class WasiContext : IDisposable
{
    /// <summary>The deterministic wall clock's start: 2022-01-01T00:00:00Z, as wazero's.</summary>
    public const long DeterministicEpoch = 1_640_995_200_000_000_000;

    private const long DeterministicStep = 1_000_000;

    private readonly List<Descriptor?> _descriptors = [];
    private readonly Random? _random;
    private long _fakeWall = DeterministicEpoch;
    private long _fakeMonotonic;

    /// <summary>Builds the state <paramref name="config"/> describes.</summary>
    public WasiContext(ModuleConfig config)
    {
        Args = [.. config.Args.Select(a => Encoding.UTF8.GetBytes(a + "\0"))];
        Environment = [.. config.Environment.Select(e => Encoding.UTF8.GetBytes($"{e.Key}={e.Value}\0"))];
        _descriptors.Add(new StreamDescriptor(config.Stdin ?? Stream.Null, false));
        _descriptors.Add(new StreamDescriptor(config.Stdout ?? Stream.Null, true));
        _descriptors.Add(new StreamDescriptor(config.Stderr ?? Stream.Null, true));
        foreach (var directory in config.Directories)
        {
            _descriptors.Add(new DirectoryDescriptor(directory, [], true));
        }
        Deterministic = config.DeterministicClocks;
        var start = Stopwatch.GetTimestamp();
        WallClock = config.WallClock
            ?? (config.DeterministicClocks ? () => _fakeWall += DeterministicStep : () => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100);
        MonotonicClock = config.MonotonicClock
            ?? (config.DeterministicClocks ? () => _fakeMonotonic += DeterministicStep : () => (long)Stopwatch.GetElapsedTime(start).Ticks * 100);
        _random = config.RandomSeed is { } seed ? new Random(seed) : null;
    }

    /// <summary>The arguments, each UTF-8 with its terminating NUL.</summary>
    public byte[][] Args { get; }

    /// <summary>The environment, each <c>KEY=VALUE</c> in UTF-8 with its terminating NUL.</summary>
    public byte[][] Environment { get; }

    /// <summary>The wall clock in nanoseconds since the Unix epoch.</summary>
    public Func<long> WallClock { get; }

    /// <summary>The monotonic clock in nanoseconds.</summary>
    public Func<long> MonotonicClock { get; }

    /// <summary>Whether the clocks are fake, so that sleeping advances them instead of waiting.</summary>
    public bool Deterministic { get; }

    /// <summary>Stops <c>poll_oneoff</c>'s sleeps (set by <see cref="WasiPreview1.Run"/>).</summary>
    public CancellationToken Cancellation { get; set; }

    /// <summary>The number of slots in the descriptor table.</summary>
    public int Count => _descriptors.Count;

    /// <summary>The descriptor <paramref name="fd"/>, or <see cref="Errno.Badf"/>: every call validates its descriptors here.</summary>
    public Descriptor Get(int fd) =>
        (uint)fd < (uint)_descriptors.Count && _descriptors[fd] is { } descriptor ? descriptor : throw new WasiErrnoException(Errno.Badf);

    /// <summary>The descriptor <paramref name="fd"/> if it is a <typeparamref name="T"/>; <see cref="Errno.Badf"/> otherwise (as Wasmtime, e.g. reading a directory).</summary>
    public T Get<T>(int fd) where T : Descriptor => Get(fd) as T ?? throw new WasiErrnoException(Errno.Badf);

    /// <summary>Stores <paramref name="descriptor"/> in the lowest free slot and returns its number.</summary>
    public int Add(Descriptor descriptor)
    {
        int free = _descriptors.IndexOf(null);
        if (free < 0)
        {
            if (_descriptors.Count >= MaxDescriptors)
            {
                descriptor.Dispose();
                throw new WasiErrnoException(Errno.Mfile);
            }
            _descriptors.Add(descriptor);
            return _descriptors.Count - 1;
        }
        _descriptors[free] = descriptor;
        return free;
    }

    /// <summary>The most descriptors open at once, so that a guest cannot exhaust the host's handles.</summary>
    public const int MaxDescriptors = 1024;

    /// <summary>Closes <paramref name="fd"/> (standard streams are left open on the host).</summary>
    public void Close(int fd)
    {
        var descriptor = Get(fd);
        _descriptors[fd] = null;
        descriptor.Dispose();
    }

    /// <summary>Moves <paramref name="from"/> to <paramref name="to"/>, closing what <paramref name="to"/> held; both must be open.</summary>
    public void Renumber(int from, int to)
    {
        var source = Get(from);
        var target = Get(to);
        if (from == to)
        {
            return;
        }
        _descriptors[to] = source;
        _descriptors[from] = null;
        target.Dispose();
    }

    /// <summary>Fills <paramref name="buffer"/> from the configured source.</summary>
    public void Random(Span<byte> buffer)
    {
        if (_random is not null)
        {
            _random.NextBytes(buffer);
        }
        else
        {
            RandomNumberGenerator.Fill(buffer);
        }
    }

    /// <summary>Moves the fake clocks forward by <paramref name="nanoseconds"/> (a sleep under deterministic clocks).</summary>
    public void Advance(long nanoseconds)
    {
        _fakeWall += nanoseconds;
        _fakeMonotonic += nanoseconds;
    }

    /// <summary>Closes every descriptor.</summary>
    public void Dispose()
    {
        for (int i = 0; i < _descriptors.Count; i++)
        {
            _descriptors[i]?.Dispose();
            _descriptors[i] = null;
        }
    }
}
