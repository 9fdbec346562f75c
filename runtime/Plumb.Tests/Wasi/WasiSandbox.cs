namespace Plumb.Tests.Wasi;

/// <summary>
/// A scratch folder for one run: <c>outside.txt</c> beside the preopened <c>root/</c>, which holds
/// <c>data/inside.txt</c>. The guest sees <c>root</c> as <c>.</c>. <see cref="Snapshot"/> lists every file,
/// directory and link under the scratch folder with its contents, so that runs can be compared and escapes seen.
/// </summary>
public sealed class WasiSandbox : IDisposable
{
    public WasiSandbox()
    {
        Folder = Path.Combine(Path.GetTempPath(), "plumb-wasi-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "data"));
        File.WriteAllText(Path.Combine(Folder, "outside.txt"), "secret\n");
        File.WriteAllText(Path.Combine(Root, "data", "inside.txt"), "inside\n");
    }

    public string Folder { get; }

    public string Root => Path.Combine(Folder, "root");

    public string Snapshot(bool includeTimes = false)
    {
        var lines = new List<string>();
        foreach (string path in Walk(Folder).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(Folder, path);
            var info = new FileInfo(path);
            if (info.LinkTarget is { } target)
            {
                lines.Add($"{relative} -> {target}");
            }
            else if (Directory.Exists(path))
            {
                lines.Add($"{relative}/");
            }
            else
            {
                lines.Add($"{relative}: {File.ReadAllText(path).ReplaceLineEndings("\\n")}" + (includeTimes ? $" mtime {info.LastWriteTimeUtc:O}" : ""));
            }
        }
        return string.Join("\n", lines);
    }

    /// <summary>Every entry below <paramref name="folder"/>, not descending into links (a guest may link to <c>..</c>).</summary>
    private static IEnumerable<string> Walk(string folder)
    {
        foreach (string path in Directory.EnumerateFileSystemEntries(folder))
        {
            yield return path;
            if (new FileInfo(path).LinkTarget is null && Directory.Exists(path))
            {
                foreach (string inner in Walk(path))
                {
                    yield return inner;
                }
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, true);
        }
        catch (IOException)
        {
        }
    }
}
