using Newtonsoft.Json.Linq;
using Plumb.Harness.Reports;

namespace Plumb.Harness.Tests.Reports;

public class PlatformInfoTests
{
    [Fact]
    public void TheCurrentPlatformRecordsCpuEmulationAndVersions()
    {
        var here = PlatformInfo.Current;
        Assert.False(string.IsNullOrWhiteSpace(here.Cpu));
        Assert.NotNull(here.Emulated);
        Assert.Equal(Versions.Plumb, here.Plumb);
        Assert.Equal(global::Plumb.Harness.Engines.WasmtimeEngine.Version, here.Wasmtime);
        if (OperatingSystem.IsLinux() && File.ReadAllText("/proc/cpuinfo").Contains("model name", StringComparison.Ordinal))
            Assert.Contains(here.Cpu!, File.ReadAllText("/proc/cpuinfo"), StringComparison.Ordinal);
        var json = (JObject)JObject.Parse(ConformanceReportTests.Sample().ToJson())["runs"]![0]!["platform"]!;
        foreach (var name in new[] { "cpu", "emulated", "plumb", "wasmtime" })
            Assert.NotNull(json[name]);
    }

    [Theory]
    [InlineData("qemu", "arm64", "arm64", false, "qemu (PLUMB_EMULATED)")]
    [InlineData("0", "arm64", "arm64", true, null)]
    [InlineData("no", "x64", "arm64", false, null)]
    [InlineData(null, "x64", "x64", false, null)]
    [InlineData("", "arm64", "arm64", false, null)]
    [InlineData(null, "x64", "arm64", false, "emulated (detected: x64 process on arm64)")]
    [InlineData(null, "arm64", "arm64", true, "qemu-user (detected: arm64 process on an x86 CPU)")]
    public void TheRunnersWordDecidesElseEmulationIsDetected(string? variable, string process, string os, bool x86Cpu, string? expected)
    {
        Assert.Equal(expected, PlatformInfo.DetectEmulation(variable, process, os, x86Cpu));
    }

    [Fact]
    public void AnEmulatedPlatformHasItsOwnColumnLabel()
    {
        var native = new PlatformInfo { Os = "linux", Arch = "arm64", Emulated = false };
        var emulated = new PlatformInfo { Os = "linux", Arch = "arm64", Emulated = true, Emulation = "qemu (PLUMB_EMULATED)" };
        Assert.Equal("linux-arm64", native.Label);
        Assert.Equal("linux-arm64 (qemu)", emulated.Label);
        Assert.Equal(native.Id, emulated.Id); // one baseline folder for both
    }

    [Fact]
    public void AReportWrittenBeforeTheNewFieldsReadsThemAsNotRecorded()
    {
        const string old = """
            {"runs":[{"engine":"interpreter","suite":"wg-1.0","platform":{"os":"linux","arch":"x64","dotnet":"10.0.0"},
              "totals":{"passed":1,"failed":0,"skipped":0},"files":[{"file":"i32.wast","passed":1,"failed":0,"skipped":0,"failures":[]}]}]}
            """;
        var platform = ConformanceReport.FromJson(old).Runs[0].Platform;
        Assert.Equal(("linux", "x64", "10.0.0"), (platform.Os, platform.Arch, platform.Dotnet));
        Assert.Null(platform.Cpu);
        Assert.Null(platform.Emulated);
        Assert.Null(platform.Plumb);
        Assert.Contains("emulation not recorded", platform.Describe());
    }

    [Fact]
    public void TheCommittedBaselineStillReads()
    {
        string root = Suites.RepositoryRoot()!;
        var baseline = ConformanceReport.FromJson(File.ReadAllText(Path.Combine(root, "reports", "baseline", "linux-x64", "conformance.json")));
        Assert.NotEmpty(baseline.Runs);
        Assert.All(baseline.Runs, r => Assert.Equal("linux-x64", r.Platform.Id));
        Assert.True(Baseline.Compare(baseline, baseline).Holds);
    }
}
