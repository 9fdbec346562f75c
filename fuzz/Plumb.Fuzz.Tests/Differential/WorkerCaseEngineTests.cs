using System.Diagnostics;
using Plumb.Fuzz.Differential;
using Plumb.Harness.Engines;

namespace Plumb.Fuzz.Tests.Differential;

/// <summary>
/// The parent side of a worker process: a worker that dies is a crash divergence and is replaced, one
/// that stops answering is a hang divergence and is killed. Stand-in workers are shell scripts that
/// greet as a worker does and then misbehave; the real worker runs in the CLI's tests.
/// </summary>
public class WorkerCaseEngineTests
{
    private const string Greeting = "echo '{\"ok\":true,\"exactMessages\":true}'";

    private static IEngine Make(string name) => EngineRegistry.Create(name, new EngineOptions("fuzz", WasmFeatures.Core2, false));

    private static WorkerCaseEngine Worker(string script) =>
        new(new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", script } });

    [Fact]
    public void AWorkerThatDiesIsACrashDivergenceAndIsReplaced()
    {
        if (OperatingSystem.IsWindows())
            return;
        int made = 0;
        var local = CaseEngine.From(Make);
        using var oracle = new DifferentialOracle(["interpreter", "dies"], "interpreter", name =>
        {
            if (name != "dies")
                return local(name);
            made++;
            return Worker($"{Greeting}; read line; exit 3");
        });
        var first = Assert.Single(oracle.Check(HandWrittenCases.Get(0)).Divergences);
        Assert.Equal(DivergenceKind.Crash, first.Kind);
        Assert.Contains("exited with code 3", first.Actual, StringComparison.Ordinal);
        Assert.Equal(DivergenceKind.Crash, Assert.Single(oracle.Check(HandWrittenCases.Get(1)).Divergences).Kind);
        Assert.Equal(2, made);
    }

    [Fact]
    public void AWorkerThatStopsAnsweringIsAHangDivergence()
    {
        if (OperatingSystem.IsWindows())
            return;
        var local = CaseEngine.From(Make);
        using var oracle = new DifferentialOracle(["interpreter", "hangs"], "interpreter",
            name => name == "hangs" ? Worker($"{Greeting}; read line; sleep 600") : local(name))
        { TimeLimit = TimeSpan.FromMilliseconds(500) };
        var clock = Stopwatch.StartNew();
        Assert.Equal(DivergenceKind.Hang, Assert.Single(oracle.Check(HandWrittenCases.Get(0)).Divergences).Kind);
        Assert.Equal(DivergenceKind.Hang, Assert.Single(oracle.Check(HandWrittenCases.Get(1)).Divergences).Kind);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void AWorkerThatCannotStartSaysSo()
    {
        if (OperatingSystem.IsWindows())
            return;
        var e = Assert.Throws<InvalidOperationException>(() => Worker("echo '{\"ok\":false,\"message\":\"no engine\"}'"));
        Assert.Contains("no engine", e.Message, StringComparison.Ordinal);
    }
}
