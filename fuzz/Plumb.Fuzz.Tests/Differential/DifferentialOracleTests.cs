using Plumb.Fuzz.Differential;
using Plumb.Harness.Engines;
using Plumb.Text.Wast;

namespace Plumb.Fuzz.Tests.Differential;

public class DifferentialOracleTests
{
    private static IEngine Make(string name) => EngineRegistry.Create(name, new EngineOptions("fuzz", WasmFeatures.Core2, false));

    [Fact]
    public void InterpreterAndWasmtimeAgreeOnTheHandWrittenCases()
    {
        using var oracle = DifferentialOracle.ForRegistry(["interpreter", "wasmtime"], null, WasmFeatures.Core2);
        Assert.Equal("wasmtime", oracle.Reference);
        var divergences = Enumerable.Range(0, 200).SelectMany(seed => oracle.Check(HandWrittenCases.Get(seed)).Divergences).ToList();
        Assert.True(divergences.Count == 0, string.Join("\n", divergences.Take(10)));
    }

    [Theory]
    [InlineData(PlantedFault.WrongOperator, DivergenceKind.Call)]
    [InlineData(PlantedFault.WrongTrapKind, DivergenceKind.Call)]
    [InlineData(PlantedFault.CorruptState, DivergenceKind.State)]
    [InlineData(PlantedFault.CorruptMemory, DivergenceKind.State)]
    public void APlantedFaultIsFoundWithinAFewHundredCases(PlantedFault fault, DivergenceKind kind)
    {
        using var oracle = new DifferentialOracle(["interpreter", "faulty"], "interpreter",
            name => name == "faulty" ? PlantedFaultEngine.Create(fault) : Make(name));
        var found = Enumerable.Range(0, 400).Select(seed => oracle.Check(HandWrittenCases.Get(seed)))
            .FirstOrDefault(r => r.Divergences.Count > 0);
        Assert.NotNull(found);
        var divergence = Assert.Single(found.Divergences);
        Assert.Equal(kind, divergence.Kind);
        Assert.Equal("faulty", divergence.Engine);
        Assert.Equal(found.Case.Seed, divergence.Seed);
    }

    [Fact]
    public void AnEngineThatThrowsIsACrashDivergenceAndTheRunGoesOn()
    {
        using var oracle = new DifferentialOracle(["interpreter", "throws"], "interpreter",
            name => name == "throws" ? new ThrowingEngine(Make("interpreter")) : Make(name));
        var first = oracle.Check(HandWrittenCases.Get(0));
        Assert.Equal(DivergenceKind.Crash, Assert.Single(first.Divergences).Kind);
        Assert.Contains("InvalidOperationException", first.Divergences[0].Actual, StringComparison.Ordinal);
        Assert.Single(oracle.Check(HandWrittenCases.Get(1)).Divergences);
    }

    [Fact]
    public void AnEngineThatHangsIsAHangDivergenceAndIsReplaced()
    {
        int made = 0;
        using var oracle = new DifferentialOracle(["interpreter", "hangs"], "interpreter",
            name =>
            {
                if (name != "hangs")
                    return Make(name);
                made++;
                return new HangingEngine(Make("interpreter"));
            })
        { TimeLimit = TimeSpan.FromMilliseconds(300) };
        Assert.Equal(DivergenceKind.Hang, Assert.Single(oracle.Check(HandWrittenCases.Get(0)).Divergences).Kind);
        Assert.Equal(DivergenceKind.Hang, Assert.Single(oracle.Check(HandWrittenCases.Get(1)).Divergences).Kind);
        Assert.Equal(2, made);
    }

    [Fact]
    public void ALoadVerdictDifferenceIsALoadDivergence()
    {
        using var oracle = new DifferentialOracle(["interpreter", "rejects"], "interpreter",
            name => name == "rejects" ? new RejectingEngine(Make("interpreter")) : Make(name));
        var divergence = Assert.Single(oracle.Check(HandWrittenCases.Get(2)).Divergences);
        Assert.Equal(DivergenceKind.Load, divergence.Kind);
        Assert.Equal("load", divergence.Step);
    }

    [Fact]
    public void TheDefaultReferenceIsWasmtimeWhenPresentElseTheFirst()
    {
        Assert.Equal("wasmtime", DifferentialOracle.DefaultReference(["interpreter", "wasmtime"]));
        Assert.Equal("interpreter", DifferentialOracle.DefaultReference(["interpreter", "process:node x.js"]));
    }

    [Fact]
    public void HandWrittenCasesAreDeterministic()
    {
        var a = HandWrittenCases.Get(12345);
        var b = HandWrittenCases.Get(12345);
        Assert.Equal(a.Wasm, b.Wasm);
        Assert.Equal(a.Calls.Select(c => c.Export + string.Join(",", c.Args)), b.Calls.Select(c => c.Export + string.Join(",", c.Args)));
    }

    /// <summary>Passes through, but throws from every invoke.</summary>
    private sealed class ThrowingEngine(IEngine inner) : IEngine
    {
        public string Name => "throws";
        public bool ExactMessages => true;
        public Outcome Load(byte[] bytes) => inner.Load(bytes);
        public Outcome Instantiate(int module) => inner.Instantiate(module);
        public Outcome Register(string name, int instance) => inner.Register(name, instance);
        public Outcome Invoke(int instance, string export, IReadOnlyList<WastValue> args) => throw new InvalidOperationException("planted crash");
        public Outcome Get(int instance, string export) => inner.Get(instance, export);
        public void Dispose() => inner.Dispose();
    }

    private sealed class HangingEngine(IEngine inner) : IEngine
    {
        public string Name => "hangs";
        public bool ExactMessages => true;
        public Outcome Load(byte[] bytes) => inner.Load(bytes);
        public Outcome Instantiate(int module) => inner.Instantiate(module);
        public Outcome Register(string name, int instance) => inner.Register(name, instance);
        public Outcome Invoke(int instance, string export, IReadOnlyList<WastValue> args)
        {
            Thread.Sleep(Timeout.Infinite);
            return inner.Invoke(instance, export, args);
        }
        public Outcome Get(int instance, string export) => inner.Get(instance, export);
        public void Dispose() => inner.Dispose();
    }

    /// <summary>Loads spectest (its first module), then rejects every module.</summary>
    private sealed class RejectingEngine(IEngine inner) : IEngine
    {
        private int _loads;
        public string Name => "rejects";
        public bool ExactMessages => true;
        public Outcome Load(byte[] bytes) => _loads++ == 0 ? inner.Load(bytes) : Outcome.Failed(OutcomeKind.Invalid, "planted rejection");
        public Outcome Instantiate(int module) => inner.Instantiate(module);
        public Outcome Register(string name, int instance) => inner.Register(name, instance);
        public Outcome Invoke(int instance, string export, IReadOnlyList<WastValue> args) => inner.Invoke(instance, export, args);
        public Outcome Get(int instance, string export) => inner.Get(instance, export);
        public void Dispose() => inner.Dispose();
    }
}
