namespace Plumb.Wasi;

/// <summary>
/// A directory under a preopened directory: its root (the preopen's host directory) and its path below it
/// as components, each a real name (no <c>.</c>, <c>..</c> or symbolic link), so that it never names
/// anything outside the root.
/// </summary>
internal sealed class DirectoryDescriptor(WasiDirectory preopen, IReadOnlyList<string> components, bool isPreopen) : Descriptor
{
    /// <summary>The preopened directory this one lies in.</summary>
    public WasiDirectory Preopen { get; } = preopen;

    /// <summary>The path below the root.</summary>
    public IReadOnlyList<string> Components { get; } = components;

    /// <summary>Whether this is the preopen itself (and so reported by <c>fd_prestat_get</c>).</summary>
    public bool IsPreopen { get; } = isPreopen;

    /// <summary>The host path.</summary>
    public string HostPath => Components.Count == 0 ? Preopen.HostPath : Path.Join([Preopen.HostPath, .. Components]);

    /// <inheritdoc />
    public override byte Filetype => Witx.FiletypeDirectory;

    /// <inheritdoc />
    public override ulong Rights => Witx.DirectoryRights;

    /// <inheritdoc />
    public override ulong InheritingRights => Witx.DirectoryRights | Witx.FileReadRights | Witx.FileWriteRights;
}
