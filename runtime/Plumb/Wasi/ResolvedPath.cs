namespace Plumb.Wasi;

/// <summary>
/// A guest path resolved inside <paramref name="Preopen"/>: <paramref name="HostPath"/>, its components below the
/// preopen, whether it ends in a real name (not the directory it was resolved from, nor <c>.</c> or <c>..</c>: what may be
/// created, removed or renamed), and whether the guest wrote it as a directory (a trailing slash).
/// </summary>
internal sealed record ResolvedPath(WasiDirectory Preopen, string HostPath, List<string> Components, bool EndsWithName, bool MustBeDirectory)
{
    /// <summary>Whether the preopen forbids changes.</summary>
    public bool ReadOnly => Preopen.ReadOnly;
}
