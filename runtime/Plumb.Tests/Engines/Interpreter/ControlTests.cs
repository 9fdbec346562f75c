using Plumb.Instructions;
using static Plumb.Tests.Engines.Interpreter.TestModules;

namespace Plumb.Tests.Engines.Interpreter;

public class ControlTests
{
    private static readonly ValType[] I = [ValType.I32];

    private static ModuleInstance Instantiate(WasmRuntime runtime, params (string, Plumb.Structure.FuncType, ValType[], Plumb.Structure.Instruction[])[] functions) =>
        runtime.Instantiate(runtime.Compile(Functions(functions)));

    [Fact]
    public void LoopCountsDownWithBrIf()
    {
        // (func (param i32) (result i32) (local i32) loop: acc += n; n -= 1; br_if n != 0; acc)
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var sum = Instantiate(runtime, ("sum", Type(I, I), I,
        [
            Block(Opcode.Loop),
            LocalGet(1), LocalGet(0), TestModules.I(Opcode.I32Add), TestModules.I(Opcode.LocalSet, 1),
            LocalGet(0), I32(1), TestModules.I(Opcode.I32Sub), TestModules.I(Opcode.LocalTee, 0),
            TestModules.I(Opcode.BrIf, 0),
            TestModules.I(Opcode.End),
            LocalGet(1),
        ])).GetFunction<int, int>("sum")!;
        Assert.Equal(5050, sum(100));
    }

    [Fact]
    public void BranchOutOfBlockKeepsItsResultAndDropsTheRest()
    {
        // block (result i32) i32.const 1 i32.const 2 i32.const 3 br 0 end
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var f = Instantiate(runtime, ("f", Type([], I), [],
        [
            Block(Opcode.Block, ValType.I32), I32(1), I32(2), I32(3), TestModules.I(Opcode.Br, 0), TestModules.I(Opcode.End),
        ])).GetFunction<int>("f")!;
        Assert.Equal(3, f());
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 11)]
    [InlineData(2, 12)]
    [InlineData(99, 12)]
    public void BrTablePicksTheIndexedTargetOrTheDefault(int index, int expected)
    {
        // block block block (br_table 0 1 2 (local.get 0)) return 10 end return 11 end return 12 end ... unreachable-free tail
        var vectors = System.Collections.Immutable.ImmutableArray.Create<uint>(0, 1, 2);
        var body = new Plumb.Structure.Instruction[]
        {
            Block(Opcode.Block), Block(Opcode.Block), Block(Opcode.Block),
            LocalGet(0), TestModules.I(Opcode.BrTable, 0, 3),
            TestModules.I(Opcode.End), I32(10), TestModules.I(Opcode.Return),
            TestModules.I(Opcode.End), I32(11), TestModules.I(Opcode.Return),
            TestModules.I(Opcode.End), I32(12),
            TestModules.I(Opcode.End),
        };
        var module = Functions(("f", Type(I, I), [], [])) with
        {
            Codes = [new Plumb.Structure.FunctionBody([], [.. body], vectors)],
        };
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var f = runtime.Instantiate(runtime.Compile(module)).GetFunction<int, int>("f")!;
        Assert.Equal(expected, f(index));
    }

    [Theory]
    [InlineData(1, 7)]
    [InlineData(0, 9)]
    public void IfElseRunsOneArm(int condition, int expected)
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var f = Instantiate(runtime, ("f", Type(I, I), [],
        [
            LocalGet(0), Block(Opcode.If, ValType.I32), I32(7), TestModules.I(Opcode.Else), I32(9), TestModules.I(Opcode.End),
        ])).GetFunction<int, int>("f")!;
        Assert.Equal(expected, f(condition));
    }

    [Fact]
    public void RecursiveCallsComputeFactorial()
    {
        // fac(n) = n == 0 ? 1 : n * fac(n - 1), on i64
        ValType[] l = [ValType.I64];
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var fac = Instantiate(runtime, ("fac", Type(l, l), [],
        [
            LocalGet(0), TestModules.I(Opcode.I64Eqz),
            Block(Opcode.If, ValType.I64), I64(1), TestModules.I(Opcode.Else),
            LocalGet(0), LocalGet(0), I64(1), TestModules.I(Opcode.I64Sub), TestModules.I(Opcode.Call, 0), TestModules.I(Opcode.I64Mul),
            TestModules.I(Opcode.End),
        ])).GetFunction<long, long>("fac")!;
        Assert.Equal(2432902008176640000L, fac(20));
    }

    [Fact]
    public void UnreachableTrapsWithAStackTraceNamingTheFunctions()
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var instance = Instantiate(runtime,
            ("outer", Type([], []), [], [TestModules.I(Opcode.Call, 1)]),
            ("inner", Type([], []), [], [TestModules.I(Opcode.Unreachable)]));
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction("outer")!.Call());
        Assert.Equal(TrapKind.Unreachable, trap.Kind);
        Assert.Equal("unreachable", trap.Message);
        Assert.Equal(["inner", "outer"], trap.WasmStackTrace.Select(f => f.FunctionName));
    }

    [Fact]
    public void TraceNamesCallsWithinAModuleAcrossInstancesAndThroughTables()
    {
        // Direct calls within a module record no callee; the trace finds it through the call op, in
        // the instance each frame ran in, also after a call into another instance or through a table.
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var lib = runtime.Instantiate(Plumb.Text.Wat.ToBinary("""
            (module (func $fail (export "fail") (call $boom)) (func $boom unreachable))
            """), ModuleConfig.Default.WithName("lib"));
        runtime.Register("lib", lib);
        var app = runtime.Instantiate(Plumb.Text.Wat.ToBinary("""
            (module (import "lib" "fail" (func $fail)) (table funcref (elem $middle))
              (func $entry (export "entry") (call $outer))
              (func $outer (call_indirect (i32.const 0)))
              (func $middle (call $inner))
              (func $inner (call $fail)))
            """), ModuleConfig.Default.WithName("app"));
        var trap = Assert.Throws<WasmTrapException>(() => app.GetFunction("entry")!.Call());
        Assert.Equal(["lib 1", "lib 0", "app 4", "app 3", "app 2", "app 1"], trap.WasmStackTrace.Select(f => $"{f.ModuleName} {f.FunctionIndex}"));
    }

    [Fact]
    public void DeepRecursionTraceCollapsesRepeatedFrames()
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var instance = Instantiate(runtime, ("f", Type([], []), [], [TestModules.I(Opcode.Call, 0)]));
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction("f")!.Call());
        Assert.Equal(TrapKind.CallStackExhausted, trap.Kind);
        Assert.True(trap.WasmStackTrace.Count > 1000);
        string[] lines = trap.FormatWithWasmStackTrace().Split('\n');
        Assert.True(lines.Length < 10, string.Join("\n", lines));
        Assert.Contains(lines, l => l.Contains("repeated", StringComparison.Ordinal));
    }

    [Fact]
    public void TraceFormattingStopsAtTheLineLimit()
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var instance = Instantiate(runtime,
            ("a", Type([], []), [], [TestModules.I(Opcode.Call, 1)]),
            ("b", Type([], []), [], [TestModules.I(Opcode.Call, 0)]));
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction("a")!.Call());
        string[] lines = trap.FormatWithWasmStackTrace(maxLines: 5).Split('\n');
        Assert.Equal(7, lines.Length);
        Assert.EndsWith("more frames", lines[^1]);
    }
}
