using Newtonsoft.Json.Linq;
using Plumb.Harness;
using Plumb.Harness.Reports;

namespace Plumb.Cli.Tests.Commands;

public sealed class ReportCommandTests : CommandTestBase
{
    private string Report(string name, string os, string arch, string engine, bool emulated = false)
    {
        var run = new RunReport
        {
            Engine = engine,
            Suite = "wg-2.0",
            Platform = new PlatformInfo { Os = os, Arch = arch, Dotnet = "10.0.0", Cpu = "test CPU", Emulated = emulated, Emulation = emulated ? "qemu (PLUMB_EMULATED)" : null },
            Files = [Coordinator.Tally("i32.wast", [new CommandResult(1, "module", CommandStatus.Passed, "", ""), new CommandResult(2, "assert_return invoke \"add\"", CommandStatus.Failed, "(i32.const 4)", "(i32.const 3)")], 0.1)],
        };
        run.Sum();
        return WriteFile(name, new ConformanceReport { Runs = [run] }.ToJson());
    }

    [Fact]
    public void MergeWritesOneJsonAndOnePageWithAColumnPerPlatform()
    {
        string a = Report("a.json", "linux", "x64", "interpreter");
        string b = Report("b.json", "linux", "arm64", "interpreter", emulated: true);
        string c = Report("c.json", "linux", "x64", "wasmtime");
        string output = Path.Combine(Folder, "merged");

        var (exit, stdout, stderr) = Plumb("report", "merge", a, b, c, "--out", output);

        Assert.Equal("", stderr);
        Assert.Equal(0, exit);
        Assert.Contains("merged 3 runs (2 platforms: linux-x64, linux-arm64 (qemu)) from 3 reports", stdout);
        var runs = (JArray)JObject.Parse(File.ReadAllText(Path.Combine(output, "conformance.json")))["runs"]!;
        Assert.Equal(["linux-x64", "linux-arm64", "linux-x64"], runs.Select(r => $"{r["platform"]!["os"]}-{r["platform"]!["arch"]}"));
        Assert.True((bool)runs[1]["platform"]!["emulated"]!);
        string html = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("<th colspan=\"2\">linux-x64</th><th colspan=\"1\">linux-arm64 (qemu)</th>", html);
    }

    [Fact]
    public void TwoRunsOfOneEngineSuiteAndPlatformAreRefused()
    {
        string a = Report("a.json", "linux", "x64", "interpreter");
        var (exit, _, stderr) = Plumb("report", "merge", a, a, "--out", Path.Combine(Folder, "merged"));
        Assert.Equal(1, exit);
        Assert.Contains("more than one run of interpreter wg-2.0 linux-x64", stderr);
    }

    [Fact]
    public void AFileThatIsNotAReportIsNamed()
    {
        string bad = WriteFile("bad.json", "{ not json");
        var (exit, _, stderr) = Plumb("report", "merge", bad, "--out", Path.Combine(Folder, "merged"));
        Assert.Equal(1, exit);
        Assert.StartsWith($"plumb report: {bad}:", stderr);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("report", "merge")]
    [InlineData("report", "merge", "a.json")]
    [InlineData("report", "merge", "a.json", "--out")]
    [InlineData("report", "split", "a.json", "--out", "x")]
    [InlineData("report", "merge", "a.json", "--bogus", "--out", "x")]
    public void BadArgumentsAreUsageErrors(params string[] args)
    {
        var (exit, _, stderr) = Plumb(args);
        Assert.Equal(2, exit);
        Assert.Contains("usage: plumb report", stderr);
    }
}
