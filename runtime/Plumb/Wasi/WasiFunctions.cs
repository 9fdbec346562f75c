using Plumb.Execution;

namespace Plumb.Wasi;

/// <summary>
/// The 46 functions of wasi_snapshot_preview1
/// (https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md), each a raw host function
/// that reads its arguments from the stack, works on the calling instance's <see cref="WasiContext"/> and
/// memory, and returns an errno. Split by concern: process (arguments, environment, clocks, randomness,
/// exit), descriptors (fd_*), paths (path_*), poll_oneoff and sockets.
/// </summary>
internal static partial class WasiFunctions
{
    private const ValType I = ValType.I32;
    private const ValType L = ValType.I64;

    /// <summary>A WASI function body: the caller's state and memory, and its arguments.</summary>
    private delegate Errno Body(WasiContext context, GuestMemory memory, Span<WasmValue> args);

    /// <summary>Adds every function to <paramref name="builder"/>.</summary>
    public static void Define(HostModuleBuilder builder)
    {
        DefineProcess(builder);
        DefineDescriptors(builder);
        DefinePaths(builder);
        DefinePoll(builder);
        DefineSockets(builder);
    }

    /// <summary>The names of the functions, in the witx's order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "args_get", "args_sizes_get", "environ_get", "environ_sizes_get", "clock_res_get", "clock_time_get",
        "fd_advise", "fd_allocate", "fd_close", "fd_datasync", "fd_fdstat_get", "fd_fdstat_set_flags", "fd_fdstat_set_rights",
        "fd_filestat_get", "fd_filestat_set_size", "fd_filestat_set_times", "fd_pread", "fd_prestat_get", "fd_prestat_dir_name",
        "fd_pwrite", "fd_read", "fd_readdir", "fd_renumber", "fd_seek", "fd_sync", "fd_tell", "fd_write",
        "path_create_directory", "path_filestat_get", "path_filestat_set_times", "path_link", "path_open", "path_readlink",
        "path_remove_directory", "path_rename", "path_symlink", "path_unlink_file",
        "poll_oneoff", "proc_exit", "proc_raise", "sched_yield", "random_get",
        "sock_accept", "sock_recv", "sock_send", "sock_shutdown",
    ];

    private static void Define(HostModuleBuilder builder, string name, ValType[] parameters, Body body) =>
        builder.WithFunction(name, parameters, [I], (caller, stack) =>
        {
            Errno errno;
            try
            {
                errno = body(caller.WasiContext, new GuestMemory(caller.State.Memory0), stack);
            }
            catch (Exception e) when (e is WasiErrnoException or IOException or UnauthorizedAccessException or NotSupportedException
                or ArgumentException or ObjectDisposedException)
            {
                // A host failure is the guest's errno, never an exception out of the runtime.
                errno = HostErrors.From(e);
            }
            stack[0] = WasmValue.FromI32((int)errno);
        });

    private static int Int(Span<WasmValue> args, int index) => args[index].I32;

    private static uint Ptr(Span<WasmValue> args, int index) => (uint)args[index].I32;

    private static long Long(Span<WasmValue> args, int index) => args[index].I64;

    private static WasiErrnoException Fail(Errno errno) => new(errno);

    /// <summary>Nanoseconds since the Unix epoch of a host time.</summary>
    private static ulong Nanoseconds(DateTime time) => (ulong)Math.Max(0, (time.ToUniversalTime() - DateTime.UnixEpoch).Ticks) * 100;

    /// <summary>The host time of nanoseconds since the Unix epoch.</summary>
    private static DateTime FromNanoseconds(long nanoseconds) => DateTime.UnixEpoch.AddTicks(nanoseconds / 100);

    /// <summary>A stable stand-in for an inode number (.NET does not expose one): a hash of the host path, never 0.</summary>
    private static ulong Inode(string hostPath)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in hostPath)
        {
            hash = (hash ^ c) * 1099511628211;
        }
        return (hash >> 1) | 1;
    }
}
