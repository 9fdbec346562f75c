namespace Plumb.Wasi;

/// <summary>
/// A standard stream (descriptors 0 to 2): a host <see cref="Stream"/>, never closed by the guest's <c>fd_close</c>. Its filetype
/// is unknown, as Wasmtime reports for streams that are not a terminal (a .NET stream cannot tell).
/// </summary>
/// <remarks>
/// Standard input knows whether a read would block so that <c>poll_oneoff</c> can wait for it: a seekable stream
/// (a file, a <see cref="MemoryStream"/>) always can be read at once; any other (a pipe, the console) is read ahead
/// by one background read, whose bytes the next <c>fd_read</c> returns before reading the stream again
/// (runtime/RATIONALE.md, "How does poll_oneoff know that standard input is ready?").
/// </remarks>
internal sealed class StreamDescriptor(Stream stream, bool output) : Descriptor
{
    private const int ReadAheadSize = 4096;

    private byte[]? _readAhead;
    private int _readAheadStart;
    private int _readAheadCount;
    private bool _endOfStream;
    private Task<int>? _pending;

    /// <summary>The host stream.</summary>
    public Stream Stream { get; } = stream;

    /// <summary>Whether the guest writes (1 and 2) or reads (0).</summary>
    public bool Output { get; } = output;

    /// <inheritdoc />
    public override byte Filetype => Witx.FiletypeUnknown;

    /// <inheritdoc />
    public override ulong Rights => (Output ? Witx.RightFdWrite : Witx.RightFdRead) | Witx.RightPollFdReadwrite | Witx.RightFdFilestatGet;

    /// <summary>Reads into <paramref name="destination"/>: first what a poll read ahead, else from the stream (blocking as it does).</summary>
    public int Read(Span<byte> destination)
    {
        if (_pending is { } pending)
        {
            Complete(pending.GetAwaiter().GetResult());
        }
        if (_readAheadCount > 0)
        {
            int count = Math.Min(_readAheadCount, destination.Length);
            _readAhead.AsSpan(_readAheadStart, count).CopyTo(destination);
            _readAheadStart += count;
            _readAheadCount -= count;
            return count;
        }
        if (_endOfStream)
        {
            // The end a poll saw is reported once, as a read of a pipe would; a console may deliver more later.
            _endOfStream = false;
            return 0;
        }
        return Stream.Read(destination);
    }

    /// <summary>
    /// Whether a read would return at once (with data, or at the end of the stream), and how many bytes are known to
    /// be there. Starts the background read of a non-seekable stream when none is under way.
    /// </summary>
    public bool IsReadable(out ulong bytes)
    {
        bytes = 0;
        if (_pending is { IsCompleted: true } done)
        {
            Complete(done.GetAwaiter().GetResult());
        }
        if (_readAheadCount > 0 || _endOfStream)
        {
            bytes = (ulong)_readAheadCount;
            return true;
        }
        if (_pending is null && Stream.CanSeek)
        {
            bytes = (ulong)Math.Max(0, Stream.Length - Stream.Position);
            return true;
        }
        if (_pending is null)
        {
            _readAhead ??= new byte[ReadAheadSize];
            _pending = Stream.ReadAsync(_readAhead, 0, ReadAheadSize);
            if (_pending.IsCompleted)
            {
                return IsReadable(out bytes);
            }
        }
        return false;
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the background read; whether it completed.</summary>
    public bool WaitReadable(TimeSpan timeout, CancellationToken cancellation)
    {
        if (_pending is not { } pending)
        {
            return true;
        }
        try
        {
            return pending.Wait(timeout, cancellation);
        }
        catch (AggregateException)
        {
            // The read failed: fd_read will raise the stream's error when it takes the result.
            return true;
        }
    }

    private void Complete(int count)
    {
        _pending = null;
        _readAheadStart = 0;
        _readAheadCount = count;
        _endOfStream = count == 0;
    }
}
