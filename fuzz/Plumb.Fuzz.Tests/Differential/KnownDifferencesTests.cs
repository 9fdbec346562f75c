using System.Collections.Immutable;
using Plumb.Binary;
using Plumb.Fuzz.Differential;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Fuzz.Tests.Differential;

public class KnownDifferencesTests
{
    /// <summary>A module with an exported global initialised by <paramref name="init"/>.</summary>
    private static FuzzCase GlobalCase(params Instruction[] init)
    {
        var module = new Module
        {
            Globals = [new Global(new GlobalType(ValType.I32, false), new ConstExpr([.. init]))],
            Exports = [new Export("g", ExternKind.Global, 0)],
        };
        return new FuzzCase(5, ModuleWriter.Write(module), []);
    }

    [Fact]
    public void AnExtendedConstantExpressionIsAKnownDifferenceCountedAsExcluded()
    {
        using var oracle = DifferentialOracle.ForRegistry(["interpreter", "wasmtime"], null, WasmFeatures.Core2);
        var result = oracle.Check(GlobalCase(new Instruction(Opcode.I32Const, C: 1), new Instruction(Opcode.I32Const, C: 2), new Instruction(Opcode.I32Add)));
        Assert.Empty(result.Divergences);
        var exclusion = Assert.Single(result.Exclusions);
        Assert.Equal("extended-const", KnownDifferences.Category(exclusion));
        Assert.True(result.Outcomes["wasmtime"]!.Load.IsOk);
    }

    [Fact]
    public void WithoutTheKnownDifferencesTheSameCaseDiverges()
    {
        using var oracle = new DifferentialOracle(["interpreter", "wasmtime"], null,
            name => Harness.Engines.EngineRegistry.Create(name, new Harness.Engines.EngineOptions("fuzz", WasmFeatures.Core2, false)))
        { KnownDifferences = [] };
        var result = oracle.Check(GlobalCase(new Instruction(Opcode.I32Const, C: 1), new Instruction(Opcode.I32Const, C: 2), new Instruction(Opcode.I32Add)));
        Assert.Equal(DivergenceKind.Load, Assert.Single(result.Divergences).Kind);
        Assert.Empty(result.Exclusions);
    }

    [Fact]
    public void AnInvalidConstantExpressionOutsideExtendedConstIsNotExcused()
    {
        Assert.False(KnownDifferences.UsesExtendedConst(GlobalCase(new Instruction(Opcode.I32Const, C: 1), new Instruction(Opcode.I32Const, C: 2), new Instruction(Opcode.I32Xor)).Wasm));
        Assert.False(KnownDifferences.UsesExtendedConst(GlobalCase(new Instruction(Opcode.I32Const, C: 1)).Wasm));
        Assert.True(KnownDifferences.UsesExtendedConst(GlobalCase(new Instruction(Opcode.I32Const, C: 1), new Instruction(Opcode.I32Const, C: 2), new Instruction(Opcode.I32Mul)).Wasm));
    }

    [Fact]
    public void ATableOverPlumbsLimitIsAKnownDifference()
    {
        // Wasmtime allocates an externref table of 2^32 - 1 entries lazily (a funcref one fails there too, as out of memory).
        var module = new Module { Tables = [new TableType(ValType.ExternRef, new Limits(uint.MaxValue, null))] };
        using var oracle = DifferentialOracle.ForRegistry(["interpreter", "wasmtime"], null, WasmFeatures.Core2);
        var result = oracle.Check(new FuzzCase(6, ModuleWriter.Write(module), []));
        Assert.Empty(result.Divergences);
        Assert.Equal("table-size-limit", KnownDifferences.Category(Assert.Single(result.Exclusions)));
    }

    /// <summary>
    /// Wasmtime instantiates the extended-const module that Plumb rejects, and its data segment writes the
    /// shared spectest memory: the next case, which reads that memory, must not see the difference.
    /// </summary>
    [Fact]
    public void EveryCaseStartsFromAFreshSpectestWhateverTheOneBeforeDid()
    {
        var memory = new Import("spectest", "memory", ExternKind.Memory) { Memory = new MemoryType(new Limits(1, 2)) };
        var writes = new Module
        {
            Imports = [memory],
            Globals = [new Global(new GlobalType(ValType.I32, false), new ConstExpr([new Instruction(Opcode.I32Const, C: 1), new Instruction(Opcode.I32Const, C: 2), new Instruction(Opcode.I32Add)]))],
            Data = [new DataSegment(SegmentMode.Active, [0x5B, 0x5B, 0x5B, 0x5B]) { Offset = new ConstExpr([new Instruction(Opcode.I32Const, C: 0)]) }],
        };
        var reads = new Module
        {
            Types = [new FuncType([], [ValType.I32])],
            Imports = [memory],
            Functions = [0],
            Codes = [new FunctionBody([], [new Instruction(Opcode.I32Const, C: 0), new Instruction(Opcode.I32Load, 2), new Instruction(Opcode.End)], [])],
            Exports = [new Export("load", ExternKind.Func, 0)],
        };
        using var oracle = DifferentialOracle.ForRegistry(["interpreter", "wasmtime"], null, WasmFeatures.Core2);
        Assert.Single(oracle.Check(new FuzzCase(1, ModuleWriter.Write(writes), [])).Exclusions);
        var result = oracle.Check(new FuzzCase(2, ModuleWriter.Write(reads), [new FuzzCall("load", [])]));
        Assert.Empty(result.Divergences);
        Assert.True(result.Outcomes["wasmtime"]!.Calls[0].Values![0].Low == 0, "the spectest memory Wasmtime wrote is gone");

        // Without the known difference the first case diverges; the second still starts from a fresh spectest on both.
        using var keeps = new DifferentialOracle(["interpreter", "wasmtime"], null,
            name => Harness.Engines.EngineRegistry.Create(name, new Harness.Engines.EngineOptions("fuzz", WasmFeatures.Core2, false)))
        { KnownDifferences = [] };
        Assert.Single(keeps.Check(new FuzzCase(1, ModuleWriter.Write(writes), [])).Divergences);
        Assert.Empty(keeps.Check(new FuzzCase(2, ModuleWriter.Write(reads), [new FuzzCall("load", [])])).Divergences);
    }

    [Fact]
    public void TheFuzzerCountsKnownDifferencesByName()
    {
        var fuzzCase = GlobalCase(new Instruction(Opcode.I32Const, C: 1), new Instruction(Opcode.I32Const, C: 2), new Instruction(Opcode.I64Sub));
        var extended = GlobalCase(new Instruction(Opcode.I32Const, C: 1), new Instruction(Opcode.I32Const, C: 2), new Instruction(Opcode.I32Sub));
        var fuzzer = new Fuzzer
        {
            Engines = ["interpreter", "wasmtime"],
            Source = seed => seed % 2 == 0 ? extended with { Seed = seed } : fuzzCase with { Seed = seed },
            Factory = CaseEngine.From(name => Harness.Engines.EngineRegistry.Create(name, new Harness.Engines.EngineOptions("fuzz", WasmFeatures.Core2, false))),
        };
        var summary = fuzzer.Run(0, TimeSpan.FromMinutes(1), maxCases: 6);
        Assert.Empty(summary.Findings);
        Assert.Equal(3, summary.Excluded);
        Assert.Equal(3, summary.ExcludedBy["extended-const"]);
    }

    [Fact]
    public void AStackExhaustionExclusionIsCountedAsSuch() =>
        Assert.Equal("stack exhaustion", KnownDifferences.Category("seed 1: call 0 \"f\" exhausted the stack on wasmtime; later steps not compared with interpreter"));

    [Fact]
    public void EveryKnownDifferenceHasANameAndAReasonWithASource()
    {
        Assert.All(KnownDifferences.All, k =>
        {
            Assert.Matches("^[a-z0-9-]+$", k.Name);
            Assert.Contains("http", k.Reason, StringComparison.Ordinal);
        });
        Assert.Equal(KnownDifferences.All.Count, KnownDifferences.All.Select(k => k.Name).Distinct().Count());
    }

    [Fact]
    public void TheOracleLeavesOtherEnginesDivergencesAlone()
    {
        var module = new Module
        {
            Globals = [new Global(new GlobalType(ValType.I32, false), new ConstExpr(ImmutableArray.Create(new Instruction(Opcode.I32Const, C: 1), new Instruction(Opcode.I32Const, C: 2), new Instruction(Opcode.I32Add))))],
        };
        var fuzzCase = new FuzzCase(7, ModuleWriter.Write(module), []);
        // The known difference is between Wasmtime and Plumb: a third engine that accepts the same module is still reported.
        using var oracle = new DifferentialOracle(["interpreter", "faulty"], "interpreter",
            name => name == "faulty" ? Mutation.AcceptingEngine.Create("constant expression required") : Harness.Engines.EngineRegistry.Create(name, new Harness.Engines.EngineOptions("fuzz", WasmFeatures.Core2, false)));
        Assert.Single(oracle.Check(fuzzCase).Divergences);
    }
}
