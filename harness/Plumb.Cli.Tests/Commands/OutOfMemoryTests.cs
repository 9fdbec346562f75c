using System.Diagnostics;
using static Plumb.Tests.Binary.WasmBinary;

namespace Plumb.Cli.Tests.Commands;

/// <summary>
/// Inputs too large for the memory the process may use end in an error line and exit code 1, never in
/// an abort: the CLI runs in a process of its own under a heap cap (<c>DOTNET_GCHeapHardLimit</c>).
/// </summary>
public class OutOfMemoryTests : CommandTestBase
{
    private static (int Exit, string Err) RunCapped(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Plumb.Cli.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // 160 MB of managed heap: decoding 8 million instructions needs more than twice that.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0xA000000";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        return (process.ExitCode, stderr);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("wasm2wat")]
    [InlineData("invoke")]
    public void ALargeModuleUnderAHeapCapIsAnErrorNotAnAbort(string command)
    {
        string path = WriteFile("nops.wasm", Nops(8_000_000));
        var (exit, err) = command == "invoke" ? RunCapped(command, path, "run") : RunCapped(command, path);
        Assert.True(exit == 1, $"exit {exit}: {err}");
        Assert.Contains("out of memory", err, StringComparison.Ordinal);
    }

    [Fact]
    public void AModuleBeyondTheCompileBudgetIsRefusedAsAResourceLimit()
    {
        // 30 million nops: 1.2 GB of decoded instructions, more than the default 1 GiB budget.
        string path = WriteFile("nops.wasm", Nops(30_000_000));
        var (exit, _, err) = Plumb("invoke", path, "run");
        Assert.Equal(1, exit);
        Assert.StartsWith("resource limit: compiling the module needs more memory than its limit", err, StringComparison.Ordinal);
    }
}
