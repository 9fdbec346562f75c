namespace Plumb.Wasi;

/// <summary>Ends a WASI function early with an <see cref="Wasi.Errno"/> for its caller; never leaves the host module.</summary>
internal sealed class WasiErrnoException(Errno errno) : Exception(errno.ToString())
{
    /// <summary>The error the function returns.</summary>
    public Errno Errno { get; } = errno;
}
