namespace Plumb.Wasi;

/// <summary>Maps what the host file system throws to the errno the guest sees.</summary>
internal static class HostErrors
{
    /// <summary>
    /// The errno for <paramref name="exception"/>. On Linux an <see cref="IOException"/> the runtime does not name carries
    /// the system's errno in its HResult; the cases the functions cannot check beforehand are mapped from it.
    /// </summary>
    public static Errno From(Exception exception) => exception switch
    {
        WasiErrnoException e => e.Errno,
        FileNotFoundException or DirectoryNotFoundException => Errno.Noent,
        PathTooLongException => Errno.Nametoolong,
        UnauthorizedAccessException => Errno.Acces,
        IOException e when OperatingSystem.IsLinux() => e.HResult switch
        {
            1 => Errno.Perm,
            2 => Errno.Noent,
            13 => Errno.Acces,
            16 => Errno.Busy,
            17 => Errno.Exist,
            18 => Errno.Xdev,
            20 => Errno.Notdir,
            21 => Errno.Isdir,
            22 => Errno.Inval,
            27 => Errno.Fbig,
            28 => Errno.Nospc,
            30 => Errno.Rofs,
            31 => Errno.Mlink,
            36 => Errno.Nametoolong,
            39 => Errno.Notempty,
            40 => Errno.Loop,
            122 => Errno.Dquot,
            _ => Errno.Io,
        },
        IOException => Errno.Io,
        ArgumentOutOfRangeException => Errno.Inval,
        _ => Errno.Io,
    };
}
