namespace Plumb.Wasi;

/// <summary>
/// A standard stream (descriptors 0 to 2): a host <see cref="Stream"/>, never closed by the guest's <c>fd_close</c>. Its filetype
/// is unknown, as Wasmtime reports for streams that are not a terminal (a .NET stream cannot tell).
/// </summary>
internal sealed class StreamDescriptor(Stream stream, bool output) : Descriptor
{
    /// <summary>The host stream.</summary>
    public Stream Stream { get; } = stream;

    /// <summary>Whether the guest writes (1 and 2) or reads (0).</summary>
    public bool Output { get; } = output;

    /// <inheritdoc />
    public override byte Filetype => Witx.FiletypeUnknown;

    /// <inheritdoc />
    public override ulong Rights => (Output ? Witx.RightFdWrite : Witx.RightFdRead) | Witx.RightPollFdReadwrite | Witx.RightFdFilestatGet;
}
