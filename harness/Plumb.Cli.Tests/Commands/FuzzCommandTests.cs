using Newtonsoft.Json.Linq;
using Plumb.Cli.Commands;
using Plumb.Harness;
using Plumb.Harness.Engines;
using Plumb.Text.Wast;

namespace Plumb.Cli.Tests.Commands;

public sealed class FuzzCommandTests : CommandTestBase
{
    [Theory]
    [InlineData("--engines", "interpreter")]
    [InlineData("--engines", "interpreter,interpreter")]
    [InlineData("--engines", "interpreter,nosuch")]
    [InlineData("--reference", "nosuch")]
    [InlineData("--seconds", "-1")]
    [InlineData("--features", "core3")]
    [InlineData("--bogus", "1")]
    [InlineData("--isolation", "none")]
    [InlineData("--seed")]
    [InlineData("--mutations", "2")]
    [InlineData("--mutations", "some")]
    public void UsageErrorsExitWithTwo(params string[] args)
    {
        var (exit, _, err) = Plumb(["fuzz", .. args]);
        Assert.Equal(2, exit);
        Assert.Contains("usage: plumb fuzz", err, StringComparison.Ordinal);
    }

    [Fact]
    public void AgreeingEnginesExitWithZeroAndWriteTheReport()
    {
        string dir = Path.Combine(Folder, "report");
        var (exit, output, err) = Plumb("fuzz", "--engines", "interpreter,wasmtime", "--seed", "0", "--cases", "40", "--report", dir);
        Assert.True(exit == 0, output + err);
        Assert.Contains("40 modules", output, StringComparison.Ordinal);
        var json = JObject.Parse(File.ReadAllText(Path.Combine(dir, "fuzz.json")));
        Assert.Equal(40, (int)json["modules"]!);
        Assert.True((int)json["executions"]! > 40);
        Assert.Equal(["interpreter", "wasmtime"], json["engines"]!.Select(e => (string)e!));
        Assert.Empty((JArray)json["divergences"]!);
        Assert.True(File.Exists(Path.Combine(dir, "fuzz.md")));
        Assert.Contains("each engine in a worker process", err, StringComparison.Ordinal);
    }

    [Fact]
    public void EnginesInThisProcessGiveTheSameFigures()
    {
        var (exit, output, err) = Plumb("fuzz", "--engines", "interpreter,wasmtime", "--seed", "0", "--cases", "40", "--isolation", "thread");
        Assert.True(exit == 0, output + err);
        Assert.Contains("40 modules", output, StringComparison.Ordinal);
        Assert.Contains("engines in this process", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("off", "mutations off")]
    [InlineData("1", "mutations 1")]
    [InlineData(null, "mutations 0.25")]
    public void MutationsAreOnByDefaultAndCanBeTurnedOffOrSet(string? rate, string shown)
    {
        string[] flag = rate is null ? [] : ["--mutations", rate];
        var (exit, output, err) = Plumb(["fuzz", "--engines", "interpreter,wasmtime", "--seed", "0", "--cases", "30", .. flag]);
        Assert.True(exit == 0, output + err);
        Assert.Contains(shown, err, StringComparison.Ordinal);
        Assert.Contains("30 modules", output, StringComparison.Ordinal);
    }

    [Fact]
    public void V8IsFuzzedAgainstTheInterpreterThroughTheProcessProtocol()
    {
        // node is installed by scripts/install-tools.sh, as for the harness's own V8 tests.
        string node = $"process:node \"{Path.Combine(Suites.RepositoryRoot()!, "harness", "engines", "node-engine.js")}\"";
        var (exit, output, err) = Plumb("fuzz", "--engines", "interpreter," + node, "--seed", "0", "--cases", "20");
        Assert.True(exit == 0, output + err);
        Assert.Contains("reference interpreter", err, StringComparison.Ordinal);
        Assert.Contains("20 modules", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ADivergenceExitsWithOneAndIsReducedToAScriptThatPlumbWastRuns()
    {
        string dir = Path.Combine(Folder, "report");
        var output = new StringWriter();
        // The hand-written cases reach the planted fault within a known number of cases (the oracle's own
        // planted-fault tests use them too); this test is about the command's divergence path and reduction.
        int exit = FuzzCommand.Run(["--engines", "interpreter,faulty", "--seed", "0", "--cases", "100", "--report", dir], output, TextWriter.Null, OffByOne,
            global::Plumb.Fuzz.Differential.FuzzCaseSource.HandWritten);
        Assert.True(exit == 1, output.ToString());
        var json = JObject.Parse(File.ReadAllText(Path.Combine(dir, "fuzz.json")));
        var first = json["divergences"]![0]!;
        Assert.Equal("call", (string)first["kind"]!);
        Assert.Equal(["interpreter", "faulty"], first["engines"]!.Select(e => (string)e!));
        string script = Path.Combine(dir, (string)first["file"]!);
        Assert.Equal($"{(long)first["seed"]!}.wast", Path.GetFileName(script));

        // The reduced script passes on the engines that agree with the reference, through plumb wast's workers...
        Assert.Equal(0, global::Plumb.Cli.Program.Main(["wast", script, "--engine", "interpreter,wasmtime"]));
        // ...and fails on the faulty one (run as plumb wast's workers run it).
        var failed = new List<CommandResult>();
        using (var faulty = OffByOne("faulty")!)
            new ScriptRunner(faulty, text => ScriptSource.CompileQuote(text, WasmFeatures.Core2), failed.Add).Run(WastParser.Parse(File.ReadAllText(script), "s.wast"));
        Assert.Contains(failed, r => r.Status == CommandStatus.Failed);
    }

    /// <summary>The interpreter with a planted bug: an i32 result that is a multiple of 64 comes back one too big.</summary>
    private static IEngine? OffByOne(string name) =>
        name == "faulty" ? new OffByOneEngine(EngineRegistry.Create("interpreter", new EngineOptions("wg-2.0", WasmFeatures.Core2, false))) : null;

    private sealed class OffByOneEngine(IEngine inner) : IEngine
    {
        public string Name => "faulty";
        public bool ExactMessages => true;
        public Outcome Load(byte[] bytes) => inner.Load(bytes);
        public Outcome Instantiate(int module) => inner.Instantiate(module);
        public Outcome Register(string name, int instance) => inner.Register(name, instance);
        public Outcome Invoke(int instance, string export, IReadOnlyList<WastValue> args)
        {
            var outcome = inner.Invoke(instance, export, args);
            return outcome is { IsOk: true, Values: [{ Type: ValType.I32 } v] } && (uint)v.Low % 64 == 0 && v.Low != 0
                ? Outcome.Returned([v with { Low = (uint)v.Low + 1 }])
                : outcome;
        }
        public Outcome Get(int instance, string export) => inner.Get(instance, export);
        public void Dispose() => inner.Dispose();
    }
}
