using Microsoft.Win32.SafeHandles;

namespace Plumb.Wasi;

/// <summary>
/// The sandbox: turns a guest path, relative to a directory descriptor, into a host path inside that
/// descriptor's directory, one component at a time. Each directory descriptor is a root of its own, as
/// in Wasmtime (cap-std): <c>..</c> may not climb above it (not even to its preopen),
/// absolute paths are refused, and every symbolic link met on the way is read and its target resolved
/// by the same rules (an absolute target, or one that climbs out, is refused), so that no host path
/// handed to the file system contains a link except, when asked, the last component.
/// (runtime/RATIONALE.md, "How does WASI keep a guest inside its directories?")
/// </summary>
internal static class PathResolver
{
    /// <summary>Links followed in one resolution before <see cref="Errno.Loop"/>, as Linux's limit.</summary>
    public const int MaxSymlinks = 40;

    /// <summary>
    /// The error for a path that would leave its preopen. Wasmtime reports <see cref="Errno.Perm"/> (cap-std's
    /// "a path led outside of the filesystem"); we match it.
    /// </summary>
    public const Errno Escape = Errno.Perm;

    /// <summary>
    /// Resolves <paramref name="path"/> under <paramref name="directory"/> (never to the directory's own parent). With <paramref name="followFinal"/>,
    /// a link in the last component is followed too. Intermediate components must be existing directories;
    /// the last one need not exist.
    /// </summary>
    public static ResolvedPath Resolve(DirectoryDescriptor directory, string path, bool followFinal)
    {
        if (path.Length == 0)
        {
            throw new WasiErrnoException(Errno.Noent);
        }
        if (path[0] == '/')
        {
            throw new WasiErrnoException(Escape);
        }
        var stack = new List<string>();
        var pending = new Stack<string>();
        Push(pending, path);
        bool mustBeDirectory = EndsAsDirectory(path);
        bool endsWithName = false;
        int links = 0;
        string root = directory.HostPath;
        while (pending.Count > 0)
        {
            string component = pending.Pop();
            if (component is "" or ".")
            {
                continue;
            }
            if (component == "..")
            {
                if (stack.Count == 0)
                {
                    throw new WasiErrnoException(Escape);
                }
                stack.RemoveAt(stack.Count - 1);
                endsWithName = false;
                continue;
            }
            if (Path.DirectorySeparatorChar != '/' && (component.Contains(Path.DirectorySeparatorChar) || component.Contains(Path.VolumeSeparatorChar)))
            {
                // A separator of the host's own would let one component name several.
                throw new WasiErrnoException(Errno.Inval);
            }
            bool last = IsLast(pending);
            string host = Path.Join([root, .. stack, component]);
            string? target = LinkTarget(host);
            if (target is not null && (!last || followFinal || mustBeDirectory))
            {
                if (++links > MaxSymlinks)
                {
                    throw new WasiErrnoException(Errno.Loop);
                }
                if (target.StartsWith('/') || Path.IsPathRooted(target))
                {
                    throw new WasiErrnoException(Escape);
                }
                mustBeDirectory |= last && EndsAsDirectory(target);
                Push(pending, target);
                endsWithName = false;
                continue;
            }
            if (!last && target is null && !Directory.Exists(host))
            {
                throw new WasiErrnoException(File.Exists(host) ? Errno.Notdir : Errno.Noent);
            }
            stack.Add(component);
            endsWithName = true;
        }
        string result = stack.Count == 0 ? root : Path.Join([root, .. stack]);
        if (mustBeDirectory && !Directory.Exists(result) && (File.Exists(result) || LinkTarget(result) is not null))
        {
            throw new WasiErrnoException(Errno.Notdir);
        }
        return new ResolvedPath(directory.Preopen, result, [.. directory.Components, .. stack], endsWithName && stack.Count > 0, mustBeDirectory);
    }

    /// <summary>The target of the symbolic link at <paramref name="hostPath"/>, or null when it is none (or does not exist).</summary>
    public static string? LinkTarget(string hostPath)
    {
        try
        {
            return new FileInfo(hostPath).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether the file open behind <paramref name="handle"/> lies inside <paramref name="preopen"/>, checked after the
    /// open on the kernel's own name for the handle (Linux's <c>/proc/self/fd</c>). It closes most of the window
    /// between <see cref="Resolve"/> and the open in which a host process could swap a component for a link to
    /// elsewhere (runtime/RATIONALE.md, "What does the WASI sandbox do about a path swapped between check and open?").
    /// True where the platform cannot name an open handle, so the check narrows the race only where it can.
    /// </summary>
    public static bool OpenedInside(SafeFileHandle handle, WasiDirectory preopen)
    {
        if (OpenedPath(handle) is not { } opened)
        {
            return true;
        }
        string root = preopen.RealHostPath;
        return opened == root || opened.StartsWith(root.EndsWith('/') ? root : root + "/", StringComparison.Ordinal);
    }

    /// <summary>The path the kernel gives for the open <paramref name="handle"/>, or null where it cannot be had.</summary>
    internal static string? OpenedPath(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        bool added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return new FileInfo($"/proc/self/fd/{handle.DangerousGetHandle().ToInt64()}").LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>
    /// <paramref name="path"/> with every symbolic link in it resolved (realpath(3), without P/Invoke), so that it
    /// compares with the kernel's name of an open file; the full path unchanged if a link cannot be resolved.
    /// </summary>
    internal static string RealPath(string path, int depth = 0)
    {
        string full = Path.GetFullPath(path);
        string current = Path.GetPathRoot(full) ?? "/";
        try
        {
            foreach (string part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                string next = Path.Join(current, part);
                var target = new FileInfo(next).ResolveLinkTarget(returnFinalTarget: true);
                current = target is null ? next : depth < MaxSymlinks ? RealPath(target.FullName, depth + 1) : throw new IOException("too many links");
            }
            return current;
        }
        catch (IOException)
        {
            return full;
        }
        catch (UnauthorizedAccessException)
        {
            return full;
        }
    }

    private static bool EndsAsDirectory(string path) => path.EndsWith('/') || path == "." || path.EndsWith("/.", StringComparison.Ordinal)
        || path == ".." || path.EndsWith("/..", StringComparison.Ordinal);

    private static void Push(Stack<string> pending, string path)
    {
        string[] parts = path.Split('/');
        for (int i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }

    private static bool IsLast(Stack<string> pending)
    {
        foreach (string rest in pending)
        {
            if (rest is not ("" or "."))
            {
                return false;
            }
        }
        return true;
    }
}
