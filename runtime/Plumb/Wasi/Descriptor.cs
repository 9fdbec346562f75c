namespace Plumb.Wasi;

/// <summary>What a WASI file descriptor refers to: a standard stream, an open file or a directory.</summary>
internal abstract class Descriptor : IDisposable
{
    /// <summary>The witx filetype reported by <c>fd_fdstat_get</c> and <c>fd_filestat_get</c>.</summary>
    public abstract byte Filetype { get; }

    /// <summary>The fdflags (only append is kept).</summary>
    public int Flags { get; set; }

    /// <summary>The rights reported by <c>fd_fdstat_get</c> (Wasmtime too derives them from how the descriptor was opened).</summary>
    public abstract ulong Rights { get; }

    /// <summary>The rights a descriptor opened from this one may have.</summary>
    public virtual ulong InheritingRights => 0;

    /// <summary>Closes what the descriptor owns.</summary>
    public virtual void Dispose()
    {
    }
}
