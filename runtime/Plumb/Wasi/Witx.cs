namespace Plumb.Wasi;

/// <summary>
/// The flags, enumerations and record layouts of wasi_snapshot_preview1's witx, with the values of
/// wasi-libc's <c>wasi/api.h</c> (https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/witx/typenames.witx).
/// </summary>
internal static class Witx
{
    /// <summary>filetype: unknown.</summary>
    public const byte FiletypeUnknown = 0;

    /// <summary>filetype: character_device.</summary>
    public const byte FiletypeCharacterDevice = 2;

    /// <summary>filetype: directory.</summary>
    public const byte FiletypeDirectory = 3;

    /// <summary>filetype: regular_file.</summary>
    public const byte FiletypeRegularFile = 4;

    /// <summary>filetype: symbolic_link.</summary>
    public const byte FiletypeSymbolicLink = 7;

    /// <summary>whence: set.</summary>
    public const int WhenceSet = 0;

    /// <summary>whence: cur.</summary>
    public const int WhenceCur = 1;

    /// <summary>whence: end.</summary>
    public const int WhenceEnd = 2;

    /// <summary>fdflags: append.</summary>
    public const int FdflagsAppend = 1 << 0;

    /// <summary>fdflags: dsync.</summary>
    public const int FdflagsDsync = 1 << 1;

    /// <summary>fdflags: nonblock.</summary>
    public const int FdflagsNonblock = 1 << 2;

    /// <summary>fdflags: rsync.</summary>
    public const int FdflagsRsync = 1 << 3;

    /// <summary>fdflags: sync.</summary>
    public const int FdflagsSync = 1 << 4;

    /// <summary>oflags: creat.</summary>
    public const int OflagsCreat = 1 << 0;

    /// <summary>oflags: directory.</summary>
    public const int OflagsDirectory = 1 << 1;

    /// <summary>oflags: excl.</summary>
    public const int OflagsExcl = 1 << 2;

    /// <summary>oflags: trunc.</summary>
    public const int OflagsTrunc = 1 << 3;

    /// <summary>lookupflags: symlink_follow.</summary>
    public const int LookupflagsSymlinkFollow = 1 << 0;

    /// <summary>fstflags: atim.</summary>
    public const int FstflagsAtim = 1 << 0;

    /// <summary>fstflags: atim_now.</summary>
    public const int FstflagsAtimNow = 1 << 1;

    /// <summary>fstflags: mtim.</summary>
    public const int FstflagsMtim = 1 << 2;

    /// <summary>fstflags: mtim_now.</summary>
    public const int FstflagsMtimNow = 1 << 3;

    /// <summary>clockid: realtime.</summary>
    public const int ClockRealtime = 0;

    /// <summary>clockid: monotonic.</summary>
    public const int ClockMonotonic = 1;

    /// <summary>clockid: process_cputime_id.</summary>
    public const int ClockProcessCputime = 2;

    /// <summary>clockid: thread_cputime_id.</summary>
    public const int ClockThreadCputime = 3;

    /// <summary>eventtype: clock.</summary>
    public const byte EventtypeClock = 0;

    /// <summary>eventtype: fd_read.</summary>
    public const byte EventtypeFdRead = 1;

    /// <summary>eventtype: fd_write.</summary>
    public const byte EventtypeFdWrite = 2;

    /// <summary>subclockflags: subscription_clock_abstime.</summary>
    public const int SubclockflagsAbstime = 1;

    /// <summary>advice: the largest value (noreuse).</summary>
    public const int AdviceNoreuse = 5;

    /// <summary>preopentype: dir.</summary>
    public const byte PreopentypeDir = 0;

    /// <summary>rights: fd_datasync.</summary>
    public const ulong RightFdDatasync = 1UL << 0;

    /// <summary>rights: fd_read.</summary>
    public const ulong RightFdRead = 1UL << 1;

    /// <summary>rights: fd_seek.</summary>
    public const ulong RightFdSeek = 1UL << 2;

    /// <summary>rights: fd_fdstat_set_flags.</summary>
    public const ulong RightFdFdstatSetFlags = 1UL << 3;

    /// <summary>rights: fd_sync.</summary>
    public const ulong RightFdSync = 1UL << 4;

    /// <summary>rights: fd_tell.</summary>
    public const ulong RightFdTell = 1UL << 5;

    /// <summary>rights: fd_write.</summary>
    public const ulong RightFdWrite = 1UL << 6;

    /// <summary>rights: fd_advise.</summary>
    public const ulong RightFdAdvise = 1UL << 7;

    /// <summary>rights: fd_allocate.</summary>
    public const ulong RightFdAllocate = 1UL << 8;

    /// <summary>rights: fd_readdir.</summary>
    public const ulong RightFdReaddir = 1UL << 14;

    /// <summary>rights: fd_filestat_get.</summary>
    public const ulong RightFdFilestatGet = 1UL << 21;

    /// <summary>rights: fd_filestat_set_size.</summary>
    public const ulong RightFdFilestatSetSize = 1UL << 22;

    /// <summary>rights: fd_filestat_set_times.</summary>
    public const ulong RightFdFilestatSetTimes = 1UL << 23;

    /// <summary>rights: poll_fd_readwrite.</summary>
    public const ulong RightPollFdReadwrite = 1UL << 27;

    /// <summary>The rights of a regular file open for reading.</summary>
    public const ulong FileReadRights = RightFdRead | RightFdSeek | RightFdTell | RightFdAdvise | RightFdFilestatGet
        | RightFdFdstatSetFlags | RightPollFdReadwrite | RightFdDatasync | RightFdSync;

    /// <summary>The rights of a regular file open for writing.</summary>
    public const ulong FileWriteRights = RightFdWrite | RightFdSeek | RightFdTell | RightFdAdvise | RightFdAllocate | RightFdFilestatGet
        | RightFdFilestatSetSize | RightFdFilestatSetTimes | RightFdFdstatSetFlags | RightPollFdReadwrite | RightFdDatasync | RightFdSync;

    /// <summary>The rights of a directory: every path_* right, fd_readdir and the stat rights (bits 9 to 20, 21, 23 to 26).</summary>
    public const ulong DirectoryRights = 0x7FFFE00UL & ~(RightFdFilestatSetSize) | RightFdFilestatGet | RightFdSync | RightFdDatasync | RightFdFdstatSetFlags;

    /// <summary>Size of an iovec or ciovec: buf (u32) and buf_len (u32).</summary>
    public const int IovecSize = 8;

    /// <summary>Size of an fdstat.</summary>
    public const int FdstatSize = 24;

    /// <summary>Size of a filestat.</summary>
    public const int FilestatSize = 64;

    /// <summary>Size of a dirent header (the name follows it).</summary>
    public const int DirentSize = 24;

    /// <summary>Size of a subscription.</summary>
    public const int SubscriptionSize = 48;

    /// <summary>Size of an event.</summary>
    public const int EventSize = 32;
}
