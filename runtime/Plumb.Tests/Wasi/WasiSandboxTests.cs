namespace Plumb.Tests.Wasi;

/// <summary>
/// The escape suite: programs that try to leave their preopened directory (<c>..</c>, absolute paths, symbolic
/// links out, descriptors never given) must fail, and nothing outside the preopen may change. A read-only
/// preopen must refuse every change.
/// </summary>
public sealed class WasiSandboxTests(WasiPrograms programs) : IClassFixture<WasiPrograms>
{
    private static string Run(string wasm, WasiSandbox sandbox, bool readOnly, out int exit)
    {
        var stdout = new MemoryStream();
        var config = ModuleConfig.Default.WithArgs("program").WithStdout(stdout).WithDirectory(sandbox.Root, ".", readOnly);
        using var runtime = WasmRuntime.Create();
        exit = WasiPreview1.Run(runtime, runtime.Compile(File.ReadAllBytes(wasm)), config);
        return System.Text.Encoding.UTF8.GetString(stdout.ToArray());
    }

    [Fact]
    public void EscapesFailAndNothingOutsideChanges()
    {
        using var sandbox = new WasiSandbox();
        string outside = File.ReadAllText(Path.Combine(sandbox.Folder, "outside.txt"));
        string output = Run(programs.Wasm("escape"), sandbox, false, out int exit);
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToDictionary(l => l[..l.IndexOf("->", StringComparison.Ordinal)].Trim(), l => l);
        string[] mustFail =
        [
            "open ../outside.txt", "create ../created.txt", "open /etc/passwd", "mkdir ../made", "open via link to ..",
            "create via link to ..", "stat via link to ..", "symlink absolute", "rename out", "unlink out", "link out",
            "chain sub/../..", "rmdir preopen", "raw path_open absolute", "raw path_open ..", "raw path with NUL",
            "raw path not UTF-8", "fd_write guessed 100", "fd_close guessed -1", "path_open from stdout",
            "openat .. of an opened dir", "openat link up from opened dir",
        ];
        foreach (string what in mustFail)
        {
            Assert.True(lines.TryGetValue(what, out string? line), $"no line for {what} in\n{output}");
            Assert.DoesNotContain("errno=0", line);
        }
        for (int guess = 7; guess < 12; guess++)
        {
            Assert.Contains("errno=8", lines[$"fd_fdstat_get guessed {guess}"]);
        }
        Assert.Contains("errno=0", lines["inside still readable"]);
        Assert.Equal(outside, File.ReadAllText(Path.Combine(sandbox.Folder, "outside.txt")));
        var outsideEntries = Directory.EnumerateFileSystemEntries(sandbox.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["outside.txt", "root"], outsideEntries);
        Assert.False(File.Exists("/tmp/created.txt") && new FileInfo("/tmp/created.txt").LastWriteTimeUtc > DateTime.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public void ReadOnlyPreopenRefusesEveryChange()
    {
        using var sandbox = new WasiSandbox();
        string before = sandbox.Snapshot(includeTimes: true);
        string output = Run(programs.Wasm("files"), sandbox, true, out int exit);
        Assert.Equal(0, exit);
        Assert.Equal(before, sandbox.Snapshot(includeTimes: true));
        Assert.Matches(@"open a\.txt for writing +-> -1 errno=63\n", output);
        Assert.Matches(@"mkdir sub +-> -1 errno=63\n", output);
        Assert.Matches(@"symlink +-> -1 errno=63\n", output);
        Assert.Matches(@"rename a to sub/b +-> -1 errno=(44|63)\n", output);
    }

    [Fact]
    public void NoPreopenMeansNoFileSystem()
    {
        using var sandbox = new WasiSandbox();
        var stdout = new MemoryStream();
        using var runtime = WasmRuntime.Create();
        int exit = WasiPreview1.Run(runtime, runtime.Compile(File.ReadAllBytes(programs.Wasm("files"))), ModuleConfig.Default.WithStdout(stdout));
        Assert.Equal(0, exit);
        string output = System.Text.Encoding.UTF8.GetString(stdout.ToArray());
        // wasi-libc finds no preopen for the path: ENOTCAPABLE (76) before any call reaches the host.
        Assert.Matches(@"open a\.txt for writing +-> -1 errno=76\n", output);
        Assert.Matches(@"mkdir sub +-> -1 errno=76\n", output);
    }
}
