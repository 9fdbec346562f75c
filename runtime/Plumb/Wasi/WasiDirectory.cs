namespace Plumb;

/// <summary>A host directory given to a guest under a name of its own (a WASI preopened directory); see <see cref="ModuleConfig.WithDirectory"/>.</summary>
public sealed class WasiDirectory
{
    internal WasiDirectory(string hostPath, string guestPath, bool readOnly)
    {
        HostPath = hostPath;
        GuestPath = guestPath;
        ReadOnly = readOnly;
    }

    /// <summary>The host directory, as a full path.</summary>
    public string HostPath { get; }

    /// <summary>The name the guest sees (<c>fd_prestat_dir_name</c>), for example <c>.</c> or <c>/data</c>.</summary>
    public string GuestPath { get; }

    /// <summary>Whether the guest may only read under it.</summary>
    public bool ReadOnly { get; }

    /// <summary>The host directory with its links resolved, to compare with where an opened file really is.</summary>
    internal string RealHostPath => _realHostPath ??= Wasi.PathResolver.RealPath(HostPath);

    private string? _realHostPath;
}
