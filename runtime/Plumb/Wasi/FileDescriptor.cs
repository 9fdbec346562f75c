namespace Plumb.Wasi;

/// <summary>An open regular file under a preopened directory.</summary>
internal sealed class FileDescriptor(FileStream stream, string hostPath, bool canRead, bool canWrite, bool readOnlyPreopen) : Descriptor
{
    /// <summary>The open file; its position is the descriptor's offset.</summary>
    public FileStream Stream { get; } = stream;

    /// <summary>The file's host path (for times and stat).</summary>
    public string HostPath { get; } = hostPath;

    /// <summary>Opened with fd_read.</summary>
    public bool CanRead { get; } = canRead;

    /// <summary>Opened with fd_write.</summary>
    public bool CanWrite { get; } = canWrite;

    /// <summary>Whether the file lies under a read-only preopen (its times may not change either).</summary>
    public bool ReadOnlyPreopen { get; } = readOnlyPreopen;

    /// <inheritdoc />
    public override byte Filetype => Witx.FiletypeRegularFile;

    /// <inheritdoc />
    public override ulong Rights => (CanRead ? Witx.FileReadRights : 0) | (CanWrite ? Witx.FileWriteRights : 0);

    /// <inheritdoc />
    public override void Dispose() => Stream.Dispose();
}
