using System.Runtime.InteropServices;

namespace Plumb.Execution;

/// <summary>
/// Address space reserved, once, for one linear memory: inaccessible until committed, committed from
/// the start as the memory grows (Linux, macOS and the BSDs: <c>mmap</c> with <c>PROT_NONE</c>, then
/// <c>mprotect</c>; Windows: <c>VirtualAlloc</c> reserve, then commit). Freshly committed pages are zero,
/// and nothing already committed moves or is copied. Released by <see cref="SafeHandle.Dispose()"/>, or by
/// the finalizer if an embedder never disposes its runtime. See runtime/RATIONALE.md, "How is linear memory
/// represented, now that it is native?".
/// </summary>
internal sealed unsafe partial class MemoryReservation : SafeHandle
{
    private MemoryReservation(nint address, nuint size)
        : base(0, ownsHandle: true)
    {
        SetHandle(address);
        Size = size;
    }

    /// <summary>The first byte of the reservation.</summary>
    public byte* Base => (byte*)handle;

    /// <summary>The bytes reserved.</summary>
    public nuint Size { get; }

    /// <inheritdoc/>
    public override bool IsInvalid => handle == 0;

    /// <summary>Reserves <paramref name="bytes"/> (more than 0) of address space, none of it accessible; null if the system refuses.</summary>
    public static MemoryReservation? TryReserve(ulong bytes)
    {
        if (bytes == 0 || bytes > nuint.MaxValue)
        {
            return null;
        }
        nuint size = (nuint)bytes;
        nint address = OperatingSystem.IsWindows() ? Windows.Reserve(size) : Posix.IsSupported ? Posix.Reserve(size) : 0;
        return address == 0 ? null : new MemoryReservation(address, size);
    }

    /// <summary>
    /// Makes <paramref name="bytes"/> at <paramref name="offset"/> (multiples of 64 KiB, inside the reservation,
    /// never committed before) readable and writable; false if the system cannot back them.
    /// </summary>
    public bool TryCommit(ulong offset, ulong bytes)
    {
        if (offset + bytes > Size || offset + bytes < offset)
        {
            throw new ArgumentOutOfRangeException(nameof(bytes), "a commit outside the reservation");
        }
        if (bytes == 0)
        {
            return true;
        }
        nint address = handle + (nint)offset;
        return OperatingSystem.IsWindows() ? Windows.Commit(address, (nuint)bytes) : Posix.Commit(address, (nuint)bytes);
    }

    /// <inheritdoc/>
    protected override bool ReleaseHandle() =>
        OperatingSystem.IsWindows() ? Windows.Release(handle) : Posix.Release(handle, Size);

    /// <summary>libc's <c>mmap</c>, <c>mprotect</c> and <c>munmap</c>.</summary>
    private static partial class Posix
    {
        private const int ProtNone = 0;
        private const int ProtReadWrite = 1 | 2;
        private const nint Failed = -1;

        /// <summary>Linux (and Android) and the BSD family, macOS included, whose flags differ.</summary>
        public static bool IsSupported =>
            OperatingSystem.IsLinux() || OperatingSystem.IsAndroid() || IsBsd;

        private static bool IsBsd =>
            OperatingSystem.IsMacOS() || OperatingSystem.IsMacCatalyst() || OperatingSystem.IsIOS() || OperatingSystem.IsTvOS() || OperatingSystem.IsFreeBSD();

        // MAP_PRIVATE | MAP_ANONYMOUS. No MAP_NORESERVE: an inaccessible mapping is not charged to the system's
        // commit limit anyway, and without it mprotect charges each commit, so a host that does not overcommit
        // refuses a grow it cannot back (memory.grow returns -1) rather than failing on first touch.
        private static int MapFlags => IsBsd ? 0x0002 | 0x1000 : 0x02 | 0x20;

        public static nint Reserve(nuint size)
        {
            nint address = Mmap(0, size, ProtNone, MapFlags, -1, 0);
            return address == Failed ? 0 : address;
        }

        public static bool Commit(nint address, nuint size) => Mprotect(address, size, ProtReadWrite) == 0;

        public static bool Release(nint address, nuint size) => Munmap(address, size) == 0;

        [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
        private static partial nint Mmap(nint address, nuint length, int protection, int flags, int fd, nint offset);

        [LibraryImport("libc", EntryPoint = "mprotect", SetLastError = true)]
        private static partial int Mprotect(nint address, nuint length, int protection);

        [LibraryImport("libc", EntryPoint = "munmap", SetLastError = true)]
        private static partial int Munmap(nint address, nuint length);
    }

    /// <summary>kernel32's <c>VirtualAlloc</c> and <c>VirtualFree</c>.</summary>
    private static partial class Windows
    {
        private const uint MemCommit = 0x1000;
        private const uint MemReserve = 0x2000;
        private const uint MemRelease = 0x8000;
        private const uint PageNoAccess = 0x01;
        private const uint PageReadWrite = 0x04;

        public static nint Reserve(nuint size) => VirtualAlloc(0, size, MemReserve, PageNoAccess);

        public static bool Commit(nint address, nuint size) => VirtualAlloc(address, size, MemCommit, PageReadWrite) != 0;

        public static bool Release(nint address) => VirtualFree(address, 0, MemRelease);

        [LibraryImport("kernel32.dll", EntryPoint = "VirtualAlloc", SetLastError = true)]
        private static partial nint VirtualAlloc(nint address, nuint size, uint allocationType, uint protection);

        [LibraryImport("kernel32.dll", EntryPoint = "VirtualFree", SetLastError = true)]
        [return: MarshalAs(UnmanagedType.Bool)]
        private static partial bool VirtualFree(nint address, nuint size, uint freeType);
    }
}
