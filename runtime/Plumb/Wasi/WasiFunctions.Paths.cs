using System.Runtime.InteropServices;
using Plumb.Execution;

namespace Plumb.Wasi;

internal static partial class WasiFunctions
{
    /// <summary>
    /// A change under a read-only preopen. Wasmtime reports <see cref="Errno.Perm"/> (its directory and file
    /// permissions' "not permitted"); we match it.
    /// </summary>
    private const Errno ReadOnlyError = Errno.Perm;

    private static void DefinePaths(HostModuleBuilder builder)
    {
        Define(builder, "path_create_directory", [I, I, I], (context, memory, args) =>
        {
            var path = Resolve(context, memory, Int(args, 0), Ptr(args, 1), Ptr(args, 2), false, writes: true);
            if (!path.EndsWithName || Exists(path.HostPath))
            {
                return Errno.Exist;
            }
            Directory.CreateDirectory(path.HostPath);
            return Errno.Success;
        });
        Define(builder, "path_filestat_get", [I, I, I, I, I], (context, memory, args) =>
        {
            bool follow = (Int(args, 1) & Witx.LookupflagsSymlinkFollow) != 0;
            var path = Resolve(context, memory, Int(args, 0), Ptr(args, 2), Ptr(args, 3), follow);
            string host = path.HostPath;
            if (PathResolver.LinkTarget(host) is { } target)
            {
                WriteFilestat(memory, Ptr(args, 4), host, Witx.FiletypeSymbolicLink, (ulong)System.Text.Encoding.UTF8.GetByteCount(target));
            }
            else if (Directory.Exists(host))
            {
                WriteFilestat(memory, Ptr(args, 4), host, Witx.FiletypeDirectory, 0);
            }
            else if (File.Exists(host))
            {
                WriteFilestat(memory, Ptr(args, 4), host, Witx.FiletypeRegularFile, (ulong)new FileInfo(host).Length);
            }
            else
            {
                return Errno.Noent;
            }
            return Errno.Success;
        });
        Define(builder, "path_filestat_set_times", [I, I, I, I, L, L, I], (context, memory, args) =>
        {
            bool follow = (Int(args, 1) & Witx.LookupflagsSymlinkFollow) != 0;
            var path = Resolve(context, memory, Int(args, 0), Ptr(args, 2), Ptr(args, 3), follow, writes: true);
            if (!Exists(path.HostPath))
            {
                return Errno.Noent;
            }
            return SetTimes(path.HostPath, Long(args, 4), Long(args, 5), Int(args, 6));
        });
        Define(builder, "path_link", [I, I, I, I, I, I, I], (context, memory, args) =>
        {
            bool follow = (Int(args, 1) & Witx.LookupflagsSymlinkFollow) != 0;
            // The target first: under a read-only preopen the call fails before the source is looked at, as in Wasmtime.
            var target = Resolve(context, memory, Int(args, 4), Ptr(args, 5), Ptr(args, 6), false, writes: true);
            var source = Resolve(context, memory, Int(args, 0), Ptr(args, 2), Ptr(args, 3), follow);
            if (!Exists(source.HostPath))
            {
                return Errno.Noent;
            }
            if (Directory.Exists(source.HostPath) && PathResolver.LinkTarget(source.HostPath) is null)
            {
                return Errno.Perm;
            }
            if (!target.EndsWithName || Exists(target.HostPath))
            {
                return Errno.Exist;
            }
            if (OperatingSystem.IsWindows())
            {
                return Errno.Notsup;
            }
            // .NET has no hard-link API; link(2) is part of every Unix C library.
            return Link(source.HostPath, target.HostPath) == 0 ? Errno.Success : FromErrno(Marshal.GetLastPInvokeError());
        });
        Define(builder, "path_open", [I, I, I, I, I, L, L, I, I], (context, memory, args) => Open(context, memory, args));
        Define(builder, "path_readlink", [I, I, I, I, I, I], (context, memory, args) =>
        {
            var path = Resolve(context, memory, Int(args, 0), Ptr(args, 1), Ptr(args, 2), false);
            if (PathResolver.LinkTarget(path.HostPath) is not { } target)
            {
                return Exists(path.HostPath) ? Errno.Inval : Errno.Noent;
            }
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(target);
            var buffer = memory.Slice(Ptr(args, 3), Ptr(args, 4));
            // As readlink(2): a buffer too small gets the target's first bytes.
            int length = Math.Min(bytes.Length, buffer.Length);
            bytes.AsSpan(0, length).CopyTo(buffer);
            memory.WriteU32(Ptr(args, 5), (uint)length);
            return Errno.Success;
        });
        Define(builder, "path_remove_directory", [I, I, I], (context, memory, args) =>
        {
            var path = Resolve(context, memory, Int(args, 0), Ptr(args, 1), Ptr(args, 2), false, writes: true);
            if (!path.EndsWithName)
            {
                return Errno.Inval;
            }
            if (!Exists(path.HostPath))
            {
                return Errno.Noent;
            }
            if (PathResolver.LinkTarget(path.HostPath) is not null || !Directory.Exists(path.HostPath))
            {
                return Errno.Notdir;
            }
            if (Directory.EnumerateFileSystemEntries(path.HostPath).Any())
            {
                return Errno.Notempty;
            }
            Directory.Delete(path.HostPath);
            return Errno.Success;
        });
        Define(builder, "path_rename", [I, I, I, I, I, I], (context, memory, args) =>
        {
            var source = Resolve(context, memory, Int(args, 0), Ptr(args, 1), Ptr(args, 2), false, writes: true);
            var target = Resolve(context, memory, Int(args, 3), Ptr(args, 4), Ptr(args, 5), false, writes: true);
            return Rename(source, target);
        });
        Define(builder, "path_symlink", [I, I, I, I, I], (context, memory, args) =>
        {
            string contents = memory.Path(Ptr(args, 0), Ptr(args, 1));
            var path = Resolve(context, memory, Int(args, 2), Ptr(args, 3), Ptr(args, 4), false, writes: true);
            if (contents.StartsWith('/') || Path.IsPathRooted(contents))
            {
                // A link that points outside could never be followed in the sandbox; cap-std refuses to make one.
                return PathResolver.Escape;
            }
            if (!path.EndsWithName || Exists(path.HostPath))
            {
                return Errno.Exist;
            }
            File.CreateSymbolicLink(path.HostPath, contents);
            return Errno.Success;
        });
        Define(builder, "path_unlink_file", [I, I, I], (context, memory, args) =>
        {
            var path = Resolve(context, memory, Int(args, 0), Ptr(args, 1), Ptr(args, 2), false, writes: true);
            if (!Exists(path.HostPath))
            {
                return Errno.Noent;
            }
            if (!path.EndsWithName || (PathResolver.LinkTarget(path.HostPath) is null && Directory.Exists(path.HostPath)))
            {
                return Errno.Isdir;
            }
            File.Delete(path.HostPath);
            return Errno.Success;
        });
    }

    /// <summary>
    /// Resolves a guest path under the directory descriptor <paramref name="fd"/>. A call that <paramref name="writes"/>
    /// under a read-only preopen fails before the path is looked at, as in Wasmtime.
    /// </summary>
    private static ResolvedPath Resolve(WasiContext context, GuestMemory memory, int fd, uint pointer, uint length, bool follow, bool writes = false)
    {
        // Not a directory is EBADF, as Wasmtime (POSIX says ENOTDIR).
        var directory = context.Get(fd) as DirectoryDescriptor ?? throw Fail(Errno.Badf);
        string path = memory.Path(pointer, length);
        if (writes && directory.Preopen.ReadOnly)
        {
            throw Fail(ReadOnlyError);
        }
        return PathResolver.Resolve(directory, path, follow);
    }

    /// <summary>Whether anything is at <paramref name="hostPath"/>, a dangling link included.</summary>
    private static bool Exists(string hostPath) => PathResolver.LinkTarget(hostPath) is not null || Directory.Exists(hostPath) || File.Exists(hostPath);

    private static bool IsDirectory(string hostPath) => PathResolver.LinkTarget(hostPath) is null && Directory.Exists(hostPath);

    private static Errno Open(WasiContext context, GuestMemory memory, Span<WasmValue> args)
    {
        bool follow = (Int(args, 1) & Witx.LookupflagsSymlinkFollow) != 0;
        int oflags = Int(args, 4);
        ulong rights = (ulong)Long(args, 5);
        int fdflags = Int(args, 7);
        bool changes = (oflags & (Witx.OflagsCreat | Witx.OflagsTrunc)) != 0
            || (rights & (Witx.RightFdWrite | Witx.RightFdAllocate | Witx.RightFdFilestatSetSize)) != 0 || (fdflags & Witx.FdflagsAppend) != 0;
        var path = Resolve(context, memory, Int(args, 0), Ptr(args, 2), Ptr(args, 3), follow, changes);
        uint result = Ptr(args, 8);
        memory.Slice(result, 4);
        bool create = (oflags & Witx.OflagsCreat) != 0;
        bool exclusive = (oflags & Witx.OflagsExcl) != 0;
        bool truncate = (oflags & Witx.OflagsTrunc) != 0;
        bool directoryWanted = (oflags & Witx.OflagsDirectory) != 0 || path.MustBeDirectory;
        bool read = (rights & (Witx.RightFdRead | Witx.RightFdReaddir)) != 0;
        bool write = (rights & (Witx.RightFdWrite | Witx.RightFdAllocate | Witx.RightFdFilestatSetSize)) != 0
            || (fdflags & Witx.FdflagsAppend) != 0;
        if ((oflags & ~0xF) != 0 || (create && (oflags & Witx.OflagsDirectory) != 0))
        {
            return Errno.Inval;
        }
        if ((fdflags & (Witx.FdflagsDsync | Witx.FdflagsRsync | Witx.FdflagsSync)) != 0)
        {
            return Errno.Notsup;
        }
        string host = path.HostPath;
        bool isLink = PathResolver.LinkTarget(host) is not null;
        if (isLink)
        {
            // Only reached without symlink_follow: the last component is a link, as O_NOFOLLOW's ELOOP.
            return exclusive && create ? Errno.Exist : Errno.Loop;
        }
        if (Directory.Exists(host))
        {
            if (create && exclusive)
            {
                return Errno.Exist;
            }
            if (write || truncate)
            {
                return Errno.Isdir;
            }
            return Store(memory, result, context.Add(new DirectoryDescriptor(path.Preopen, [.. path.Components], false)));
        }
        bool exists = File.Exists(host);
        if (directoryWanted)
        {
            return exists ? Errno.Notdir : Errno.Noent;
        }
        if (exists && create && exclusive)
        {
            return Errno.Exist;
        }
        if (!exists && !create)
        {
            return Errno.Noent;
        }
        if (!exists && !path.EndsWithName)
        {
            return Errno.Noent;
        }
        if ((write || truncate || (create && !exists)) && path.ReadOnly)
        {
            return ReadOnlyError;
        }
        var mode = !exists ? FileMode.CreateNew : truncate ? FileMode.Truncate : FileMode.Open;
        // Truncating needs write access in .NET; a read-only truncating open still reads.
        var access = write || truncate ? (read ? FileAccess.ReadWrite : FileAccess.Write) : FileAccess.Read;
        var stream = OpenFile(host, mode, access);
        if (!PathResolver.OpenedInside(stream.SafeFileHandle, path.Preopen))
        {
            // A host process swapped a component for a link after Resolve checked it: the open landed outside.
            // A file this open created out there is left, as O_CREAT through a raced path would leave it.
            stream.Dispose();
            return PathResolver.Escape;
        }
        var file = new FileDescriptor(stream, host, read || !write, write, path.ReadOnly) { Flags = fdflags & Witx.FdflagsAppend };
        return Store(memory, result, context.Add(file));
    }

    private static Errno Store(GuestMemory memory, uint at, int fd)
    {
        memory.WriteU32(at, (uint)fd);
        return Errno.Success;
    }

    private static Errno Rename(ResolvedPath source, ResolvedPath target)
    {
        if (!source.EndsWithName || !target.EndsWithName)
        {
            return Errno.Inval;
        }
        string from = source.HostPath, to = target.HostPath;
        if (!Exists(from))
        {
            return Errno.Noent;
        }
        if (from == to)
        {
            return Errno.Success;
        }
        if (IsDirectory(from))
        {
            if (to.StartsWith(from + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return Errno.Inval;
            }
            if (Exists(to))
            {
                if (!IsDirectory(to))
                {
                    return Errno.Notdir;
                }
                if (Directory.EnumerateFileSystemEntries(to).Any())
                {
                    return Errno.Notempty;
                }
                Directory.Delete(to);
            }
            Directory.Move(from, to);
            return Errno.Success;
        }
        if (source.MustBeDirectory || target.MustBeDirectory)
        {
            return Errno.Notdir;
        }
        if (IsDirectory(to))
        {
            return Errno.Isdir;
        }
        File.Move(from, to, true);
        return Errno.Success;
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);

    private static Errno FromErrno(int errno) => HostErrors.From(new IOException(null, errno));
}
