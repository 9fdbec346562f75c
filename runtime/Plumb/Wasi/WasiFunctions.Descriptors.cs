using Plumb.Execution;

namespace Plumb.Wasi;

internal static partial class WasiFunctions
{
    private static void DefineDescriptors(HostModuleBuilder builder)
    {
        Define(builder, "fd_advise", [I, L, L, I], (context, memory, args) =>
        {
            context.Get<FileDescriptor>(Int(args, 0));
            return Long(args, 1) < 0 || Long(args, 2) < 0 || (uint)Int(args, 3) > Witx.AdviceNoreuse ? Errno.Inval : Errno.Success;
        });
        Define(builder, "fd_allocate", [I, L, L], (context, memory, args) =>
        {
            var file = Writable(context, Int(args, 0));
            long offset = Long(args, 1), length = Long(args, 2);
            if (offset < 0 || length < 0 || offset > long.MaxValue - length)
            {
                return Errno.Inval;
            }
            if (offset + length > file.Stream.Length)
            {
                file.Stream.SetLength(offset + length);
            }
            return Errno.Success;
        });
        Define(builder, "fd_close", [I], (context, memory, args) =>
        {
            context.Close(Int(args, 0));
            return Errno.Success;
        });
        Define(builder, "fd_datasync", [I], (context, memory, args) => Sync(context, Int(args, 0)));
        Define(builder, "fd_sync", [I], (context, memory, args) => Sync(context, Int(args, 0)));
        Define(builder, "fd_fdstat_get", [I, I], (context, memory, args) =>
        {
            var descriptor = context.Get(Int(args, 0));
            uint at = Ptr(args, 1);
            memory.Slice(at, Witx.FdstatSize).Clear();
            memory.WriteU8(at, descriptor.Filetype);
            memory.WriteU16(at + 2, (ushort)descriptor.Flags);
            memory.WriteU64(at + 8, descriptor.Rights);
            memory.WriteU64(at + 16, descriptor.InheritingRights);
            return Errno.Success;
        });
        Define(builder, "fd_fdstat_set_flags", [I, I], (context, memory, args) =>
        {
            var descriptor = context.Get(Int(args, 0));
            int flags = Int(args, 1);
            if ((flags & ~(Witx.FdflagsAppend | Witx.FdflagsNonblock)) != 0)
            {
                // The synchronous-write flags would need the host file reopened; Wasmtime refuses them too.
                return Errno.Notsup;
            }
            if (descriptor is FileDescriptor)
            {
                descriptor.Flags = flags & Witx.FdflagsAppend;
            }
            return Errno.Success;
        });
        Define(builder, "fd_fdstat_set_rights", [I, L, L], (context, memory, args) =>
        {
            // Rights are derived from how a descriptor was opened, as in Wasmtime, which also refuses to change them.
            context.Get(Int(args, 0));
            return Errno.Notsup;
        });
        Define(builder, "fd_filestat_get", [I, I], (context, memory, args) =>
        {
            var descriptor = context.Get(Int(args, 0));
            switch (descriptor)
            {
                case FileDescriptor file:
                    WriteFilestat(memory, Ptr(args, 1), file.HostPath, Witx.FiletypeRegularFile, (ulong)file.Stream.Length);
                    break;
                case DirectoryDescriptor directory:
                    WriteFilestat(memory, Ptr(args, 1), directory.HostPath, Witx.FiletypeDirectory, 0);
                    break;
                default:
                    memory.Slice(Ptr(args, 1), Witx.FilestatSize).Clear();
                    memory.WriteU8(Ptr(args, 1) + 16, descriptor.Filetype);
                    break;
            }
            return Errno.Success;
        });
        Define(builder, "fd_filestat_set_size", [I, L], (context, memory, args) =>
        {
            var file = Writable(context, Int(args, 0));
            if (Long(args, 1) < 0)
            {
                return Errno.Inval;
            }
            file.Stream.SetLength(Long(args, 1));
            return Errno.Success;
        });
        Define(builder, "fd_filestat_set_times", [I, L, L, I], (context, memory, args) =>
        {
            string path = context.Get(Int(args, 0)) switch
            {
                FileDescriptor { ReadOnlyPreopen: true } or DirectoryDescriptor { Preopen.ReadOnly: true } => throw Fail(ReadOnlyError),
                FileDescriptor file => file.HostPath,
                DirectoryDescriptor directory => directory.HostPath,
                _ => throw Fail(Errno.Badf),
            };
            return SetTimes(path, Long(args, 1), Long(args, 2), Int(args, 3));
        });
        Define(builder, "fd_pread", [I, I, I, L, I], (context, memory, args) => Positioned(context, memory, args, write: false));
        Define(builder, "fd_pwrite", [I, I, I, L, I], (context, memory, args) => Positioned(context, memory, args, write: true));
        Define(builder, "fd_prestat_get", [I, I], (context, memory, args) =>
        {
            if (context.Get(Int(args, 0)) is not DirectoryDescriptor { IsPreopen: true } directory)
            {
                return Errno.Badf;
            }
            memory.Slice(Ptr(args, 1), 8).Clear();
            memory.WriteU8(Ptr(args, 1), Witx.PreopentypeDir);
            memory.WriteU32(Ptr(args, 1) + 4, (uint)System.Text.Encoding.UTF8.GetByteCount(directory.Preopen.GuestPath));
            return Errno.Success;
        });
        Define(builder, "fd_prestat_dir_name", [I, I, I], (context, memory, args) =>
        {
            if (context.Get(Int(args, 0)) is not DirectoryDescriptor { IsPreopen: true } directory)
            {
                return Errno.Badf;
            }
            byte[] name = System.Text.Encoding.UTF8.GetBytes(directory.Preopen.GuestPath);
            if (Ptr(args, 2) < name.Length)
            {
                return Errno.Nametoolong;
            }
            name.CopyTo(memory.Slice(Ptr(args, 1), (uint)name.Length));
            return Errno.Success;
        });
        Define(builder, "fd_read", [I, I, I, I], (context, memory, args) =>
        {
            var descriptor = context.Get(Int(args, 0));
            var iovecs = memory.Iovecs(Ptr(args, 1), Ptr(args, 2));
            long total = 0;
            switch (descriptor)
            {
                case StreamDescriptor { Output: false } input:
                    foreach (var (buffer, length) in iovecs)
                    {
                        int read = input.Read(memory.Slice(buffer, length));
                        total += read;
                        // A console delivers a line at a time: return what came rather than wait to fill every buffer.
                        if (read < length)
                        {
                            break;
                        }
                    }
                    break;
                case FileDescriptor { CanRead: true } file:
                    foreach (var (buffer, length) in iovecs)
                    {
                        int read = file.Stream.Read(memory.Slice(buffer, length));
                        total += read;
                        if (read < length)
                        {
                            break;
                        }
                    }
                    break;
                default:
                    return Errno.Badf;
            }
            memory.WriteU32(Ptr(args, 3), (uint)total);
            return Errno.Success;
        });
        Define(builder, "fd_readdir", [I, I, I, L, I], (context, memory, args) =>
            ReadDirectory(context.Get<DirectoryDescriptor>(Int(args, 0)), memory, Ptr(args, 1), Ptr(args, 2), Long(args, 3), Ptr(args, 4)));
        Define(builder, "fd_renumber", [I, I], (context, memory, args) =>
        {
            context.Renumber(Int(args, 0), Int(args, 1));
            return Errno.Success;
        });
        Define(builder, "fd_seek", [I, L, I, I], (context, memory, args) =>
        {
            var file = Positioned(context, Int(args, 0));
            long offset = Long(args, 1);
            long origin = Int(args, 2) switch
            {
                Witx.WhenceSet => 0,
                Witx.WhenceCur => file.Stream.Position,
                Witx.WhenceEnd => file.Stream.Length,
                _ => throw Fail(Errno.Inval),
            };
            if ((offset > 0 && origin > long.MaxValue - offset) || origin + offset < 0)
            {
                return Errno.Inval;
            }
            file.Stream.Position = origin + offset;
            memory.WriteU64(Ptr(args, 3), (ulong)file.Stream.Position);
            return Errno.Success;
        });
        Define(builder, "fd_tell", [I, I], (context, memory, args) =>
        {
            memory.WriteU64(Ptr(args, 1), (ulong)Positioned(context, Int(args, 0)).Stream.Position);
            return Errno.Success;
        });
        Define(builder, "fd_write", [I, I, I, I], (context, memory, args) =>
        {
            var descriptor = context.Get(Int(args, 0));
            var iovecs = memory.Iovecs(Ptr(args, 1), Ptr(args, 2));
            long total = 0;
            switch (descriptor)
            {
                case StreamDescriptor { Output: true } output:
                    foreach (var (buffer, length) in iovecs)
                    {
                        output.Stream.Write(memory.Slice(buffer, length));
                        total += length;
                    }
                    output.Stream.Flush();
                    break;
                case FileDescriptor { CanWrite: true } file:
                    if ((file.Flags & Witx.FdflagsAppend) != 0)
                    {
                        file.Stream.Seek(0, SeekOrigin.End);
                    }
                    foreach (var (buffer, length) in iovecs)
                    {
                        file.Stream.Write(memory.Slice(buffer, length));
                        total += length;
                    }
                    break;
                default:
                    return Errno.Badf;
            }
            memory.WriteU32(Ptr(args, 3), (uint)total);
            return Errno.Success;
        });
    }

    /// <summary>A file with an offset: a standard stream has none (<see cref="Errno.Spipe"/>), a directory is <see cref="Errno.Badf"/>.</summary>
    /// <summary>
    /// fd_pread and fd_pwrite (fd, iovs, iovs_len, offset, nread/nwritten): the iovecs in order from
    /// <c>offset</c>, without moving the file's position; a short read ends a read, as POSIX preadv.
    /// </summary>
    private static Errno Positioned(WasiContext context, GuestMemory memory, Span<WasmValue> args, bool write)
    {
        var file = Positioned(context, Int(args, 0));
        if (!(write ? file.CanWrite : file.CanRead))
        {
            return Errno.Badf;
        }
        long offset = Long(args, 3);
        if (offset < 0)
        {
            return Errno.Inval;
        }
        long total = 0;
        foreach (var (buffer, length) in memory.Iovecs(Ptr(args, 1), Ptr(args, 2)))
        {
            var span = memory.Slice(buffer, length);
            if (write)
            {
                RandomAccess.Write(file.Stream.SafeFileHandle, span, offset + total);
                total += length;
                continue;
            }
            int read = RandomAccess.Read(file.Stream.SafeFileHandle, span, offset + total);
            total += read;
            if (read < length)
            {
                break;
            }
        }
        memory.WriteU32(Ptr(args, 4), (uint)total);
        return Errno.Success;
    }

    private static FileDescriptor Positioned(WasiContext context, int fd) => context.Get(fd) switch
    {
        FileDescriptor file => file,
        StreamDescriptor => throw Fail(Errno.Spipe),
        _ => throw Fail(Errno.Badf),
    };

    private static FileDescriptor Writable(WasiContext context, int fd) =>
        Positioned(context, fd) is { CanWrite: true } file ? file : throw Fail(Errno.Badf);

    private static Errno Sync(WasiContext context, int fd)
    {
        switch (context.Get(fd))
        {
            case FileDescriptor file:
                file.Stream.Flush(true);
                break;
            case StreamDescriptor stream:
                stream.Stream.Flush();
                break;
        }
        return Errno.Success;
    }

    /// <summary>
    /// Writes a filestat for <paramref name="hostPath"/>. The host's device and inode numbers are not exposed by
    /// .NET: dev is 0 and ino a hash of the path; nlink is 1, and ctim is the last write (runtime/RATIONALE.md).
    /// </summary>
    private static void WriteFilestat(GuestMemory memory, uint at, string hostPath, byte filetype, ulong size)
    {
        var span = memory.Slice(at, Witx.FilestatSize);
        span.Clear();
        FileSystemInfo info = filetype == Witx.FiletypeDirectory ? new DirectoryInfo(hostPath) : new FileInfo(hostPath);
        memory.WriteU64(at + 8, Inode(hostPath));
        memory.WriteU8(at + 16, filetype);
        memory.WriteU64(at + 24, 1);
        memory.WriteU64(at + 32, size);
        memory.WriteU64(at + 40, Nanoseconds(info.LastAccessTimeUtc));
        memory.WriteU64(at + 48, Nanoseconds(info.LastWriteTimeUtc));
        memory.WriteU64(at + 56, Nanoseconds(info.LastWriteTimeUtc));
    }

    private static Errno SetTimes(string hostPath, long accessed, long modified, int flags)
    {
        if ((flags & ~0xF) != 0
            || (flags & (Witx.FstflagsAtim | Witx.FstflagsAtimNow)) == (Witx.FstflagsAtim | Witx.FstflagsAtimNow)
            || (flags & (Witx.FstflagsMtim | Witx.FstflagsMtimNow)) == (Witx.FstflagsMtim | Witx.FstflagsMtimNow))
        {
            return Errno.Inval;
        }
        bool directory = Directory.Exists(hostPath);
        DateTime now = DateTime.UtcNow;
        DateTime? access = (flags & Witx.FstflagsAtimNow) != 0 ? now : (flags & Witx.FstflagsAtim) != 0 ? FromNanoseconds(accessed) : null;
        DateTime? write = (flags & Witx.FstflagsMtimNow) != 0 ? now : (flags & Witx.FstflagsMtim) != 0 ? FromNanoseconds(modified) : null;
        if (access is { } a)
        {
            if (directory)
            {
                Directory.SetLastAccessTimeUtc(hostPath, a);
            }
            else
            {
                File.SetLastAccessTimeUtc(hostPath, a);
            }
        }
        if (write is { } w)
        {
            if (directory)
            {
                Directory.SetLastWriteTimeUtc(hostPath, w);
            }
            else
            {
                File.SetLastWriteTimeUtc(hostPath, w);
            }
        }
        return Errno.Success;
    }

    /// <summary>
    /// fd_readdir: the entries <c>.</c>, <c>..</c>, then the directory's in ordinal order of their names (so that a
    /// listing is reproducible); the cookie is an entry's index. Entries are written whole while they fit, and the
    /// last one is cut at the buffer's end, as the witx allows; the guest then asks again from its cookie.
    /// </summary>
    private static Errno ReadDirectory(DirectoryDescriptor directory, GuestMemory memory, uint buffer, uint length, long cookie, uint usedPointer)
    {
        var output = memory.Slice(buffer, length);
        string host = directory.HostPath;
        var names = Directory.EnumerateFileSystemEntries(host).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToList();
        var entries = new List<(string Name, byte Type, ulong Inode)>
        {
            (".", Witx.FiletypeDirectory, Inode(host)),
            ("..", Witx.FiletypeDirectory, Inode(Path.GetDirectoryName(host) ?? host)),
        };
        foreach (string name in names)
        {
            string path = Path.Join(host, name);
            byte type = PathResolver.LinkTarget(path) is not null ? Witx.FiletypeSymbolicLink
                : Directory.Exists(path) ? Witx.FiletypeDirectory
                : File.Exists(path) ? Witx.FiletypeRegularFile : Witx.FiletypeUnknown;
            entries.Add((name, type, Inode(path)));
        }
        int used = 0;
        Span<byte> header = stackalloc byte[Witx.DirentSize];
        for (long i = Math.Max(0, cookie); i < entries.Count && used < output.Length; i++)
        {
            var (name, type, inode) = entries[(int)i];
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(name);
            header.Clear();
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(header, (ulong)(i + 1));
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(header[8..], inode);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(header[16..], (uint)bytes.Length);
            header[20] = type;
            int n = Math.Min(header.Length, output.Length - used);
            header[..n].CopyTo(output[used..]);
            used += n;
            n = Math.Min(bytes.Length, output.Length - used);
            bytes.AsSpan(0, n).CopyTo(output[used..]);
            used += n;
        }
        memory.WriteU32(usedPointer, (uint)used);
        return Errno.Success;
    }

    /// <summary>Opens a host file without a managed buffer, so that positioned reads and writes (fd_pread, fd_pwrite) see every write at once.</summary>
    private static FileStream OpenFile(string hostPath, FileMode mode, FileAccess access) =>
        new(hostPath, new FileStreamOptions { Mode = mode, Access = access, Share = FileShare.ReadWrite | FileShare.Delete, BufferSize = 0 });
}
