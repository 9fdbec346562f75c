namespace Plumb.Harness.Tests;

/// <summary>
/// End to end through real worker processes (this test assembly re-executed as a worker,
/// <see cref="WorkerHost"/>): an engine that hangs on one script costs that script one failure at
/// its time limit; an engine that dies fails the rest of its script; the other scripts run normally.
/// </summary>
public sealed class WorkerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plumb-isolation-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Job Script(string engine, string name, string export)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, $"""
            (module (func (export "{export}") (result i32) (i32.const 1)))
            (assert_return (invoke "{export}") (i32.const 1))
            (assert_return (invoke "{export}") (i32.const 1))
            """);
        return new Job(engine, "wg-2.0", name, path);
    }

    [Fact]
    public void AHangingOrDyingEngineFailsOnlyItsScript()
    {
        string engine = $"process:node \"{Path.Combine(AppContext.BaseDirectory, "misbehaving-engine.js")}\"";
        var jobs = new[]
        {
            Script(engine, "fine.wast", "f"),
            Script(engine, "hang.wast", "hang"),
            Script(engine, "die.wast", "die"),
            Script("wasmtime", "wasmtime.wast", "f"),
        };
        var coordinator = new Coordinator { StartWorker = WorkerHost.StartWorker, TimeLimit = TimeSpan.FromSeconds(10), Parallelism = 2, Progress = TextWriter.Null, Interactive = false };
        var runs = coordinator.Run(jobs);

        var files = runs.SelectMany(r => r.Files).ToDictionary(f => f.File);
        Assert.Equal((3, 0), (files["fine.wast"].Passed, files["fine.wast"].Failed));
        Assert.Equal((3, 0), (files["wasmtime.wast"].Passed, files["wasmtime.wast"].Failed));
        var hang = files["hang.wast"];
        Assert.Equal(1, hang.Passed);
        Assert.Contains("time limit exceeded", Assert.Single(hang.Failures).Actual);
        var die = files["die.wast"];
        Assert.Equal(1, die.Passed);
        Assert.Equal(2, die.Failed);
        Assert.All(die.Failures, f => Assert.Contains("engine process exited", f.Actual));
    }

    /// <summary>
    /// A self-contained publish runs as its apphost, whose name on Linux and macOS is the assembly's name with
    /// no extension (<c>Plumb.Cli</c>): the workers are that file again, not <c>dotnet exec</c> of a DLL that has
    /// no shared framework to run on (found by the linux-arm64 run under qemu, whose workers all failed so).
    /// </summary>
    [Theory]
    [InlineData("/opt/plumb/Plumb.Harness")]
    [InlineData("/opt/plumb/Plumb.Harness.exe")]
    public void AnApphostStartsItselfAsTheWorker(string apphost)
    {
        var host = typeof(Worker).Assembly;
        var start = Worker.Start(host, apphost, Worker.Command, ["--engine", "interpreter"]);
        Assert.Equal(apphost, start.FileName);
        Assert.Equal([Worker.Command, "--engine", "interpreter"], start.ArgumentList);
    }

    [Theory]
    [InlineData("/usr/share/dotnet/dotnet")]
    [InlineData("/usr/bin/qemu-aarch64-static")]
    public void AnyOtherProcessStartsTheAssemblyThroughDotnet(string process)
    {
        var host = typeof(Worker).Assembly;
        var start = Worker.Start(host, process, Worker.Command, []);
        Assert.Equal("exec", start.ArgumentList[0]);
        Assert.Equal(host.Location, start.ArgumentList[1]);
        Assert.Equal(Worker.Command, start.ArgumentList[2]);
    }
}
