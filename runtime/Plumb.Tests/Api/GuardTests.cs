using System.Collections.Immutable;
using System.Diagnostics;
using Plumb.Instructions;
using Plumb.Tests.Engines.Interpreter;
using Plumb.Structure;
using static Plumb.Tests.Engines.Interpreter.TestModules;

namespace Plumb.Tests.Api;

/// <summary>Whatever the guest does, the host stays in control.</summary>
public class GuardTests
{
    private static readonly ValType[] I = [ValType.I32];

    /// <summary>Every engine: each guard holds on all of them.</summary>
    public static TheoryData<EngineKind> AllEngines() => [.. global::Plumb.Tests.Engines.PlumbEngines.All];

    private static RuntimeConfig On(EngineKind engine) => RuntimeConfig.Default.WithEngine(engine);

    private static Module InfiniteRecursion() => Functions(("f", Type([], []), [], [TestModules.I(Opcode.Call, 0)]));

    private static Module InfiniteLoop() => Functions(("spin", Type([], []), [], [Block(Opcode.Loop), TestModules.I(Opcode.Br, 0), TestModules.I(Opcode.End)]));

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void InfiniteRecursionTrapsAsCallStackExhaustedAndTheProcessLivesOn(EngineKind engine)
    {
        using var runtime = WasmRuntime.Create(On(engine));
        var f = runtime.Instantiate(runtime.Compile(InfiniteRecursion())).GetFunction("f")!;
        for (int i = 0; i < 3; i++)
        {
            var trap = Assert.Throws<WasmTrapException>(() => f.Call());
            Assert.Equal(TrapKind.CallStackExhausted, trap.Kind);
            Assert.Equal("call stack exhausted", trap.Message);
        }
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void CallDepthLimitIsConfigurable(EngineKind engine)
    {
        // depth(n) = n == 0 ? 0 : depth(n - 1): fine at 90 frames, exhausted at 110 with a limit of 100.
        var module = Functions(("depth", Type(I, I), [],
        [
            LocalGet(0), TestModules.I(Opcode.I32Eqz),
            Block(Opcode.If, ValType.I32), I32(0), TestModules.I(Opcode.Else),
            LocalGet(0), I32(1), TestModules.I(Opcode.I32Sub), TestModules.I(Opcode.Call, 0),
            TestModules.I(Opcode.End),
        ]));
        using var runtime = WasmRuntime.Create(On(engine).WithCallDepthLimit(100));
        var depth = runtime.Instantiate(runtime.Compile(module)).GetFunction<int, int>("depth")!;
        Assert.Equal(0, depth(90));
        Assert.Equal(TrapKind.CallStackExhausted, Assert.Throws<WasmTrapException>(() => depth(110)).Kind);
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public async Task CancellationStopsAnInfiniteLoopPromptly(EngineKind engine)
    {
        using var runtime = WasmRuntime.Create(On(engine));
        var spin = runtime.Instantiate(runtime.Compile(InfiniteLoop())).GetFunction("spin")!;
        using var cancellation = new CancellationTokenSource();
        long cancelledAt = 0;
        var worker = Task.Run(() =>
        {
            try
            {
                spin.Call(cancellation.Token);
                return (TrapKind?)null;
            }
            catch (WasmTrapException trap)
            {
                return trap.Kind;
            }
        });
        await Task.Delay(50);
        cancelledAt = Stopwatch.GetTimestamp();
        cancellation.Cancel();
        var kind = await worker.WaitAsync(TimeSpan.FromSeconds(10));
        var elapsed = Stopwatch.GetElapsedTime(cancelledAt);
        Assert.Equal(TrapKind.Cancelled, kind);
        // The issue asks for 100 ms; the bound is generous because the machine is shared.
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"stopped {elapsed.TotalMilliseconds} ms after cancellation");
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void FuelBudgetStopsAnInfiniteLoopDeterministically(EngineKind engine)
    {
        using var runtime = WasmRuntime.Create(On(engine).WithFuel(10_000));
        var spin = runtime.Instantiate(runtime.Compile(InfiniteLoop())).GetFunction("spin")!;
        var trap = Assert.Throws<WasmTrapException>(() => spin.Call());
        Assert.Equal(TrapKind.FuelExhausted, trap.Kind);
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void MemoryCapRefusesGrowthPastIt(EngineKind engine)
    {
        // (memory 1) (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
        var module = Functions(("grow", Type(I, I), [], [LocalGet(0), TestModules.I(Opcode.MemoryGrow)])) with
        {
            Memories = [new MemoryType(new Plumb.Structure.Limits(1, null))],
            Exports = [new Export("grow", ExternKind.Func, 0), new Export("memory", ExternKind.Memory, 0)],
        };
        using var runtime = WasmRuntime.Create(On(engine).WithMemoryPageLimit(3));
        var instance = runtime.Instantiate(runtime.Compile(module));
        var grow = instance.GetFunction<int, int>("grow")!;
        Assert.Equal(1, grow(2));
        Assert.Equal(-1, grow(1));
        Assert.Equal(3u, instance.GetMemory("memory")!.Pages);
        Assert.Equal(-1, instance.GetMemory("memory")!.Grow(1));
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void HostFunctionReadsTheCallingInstancesMemory(EngineKind engine)
    {
        // (import "env" "print" (func (param i32 i32))) (memory 1) (data (i32.const 8) "hello")
        // (func (export "run") i32.const 8 i32.const 5 call 0)
        string? printed = null;
        using var runtime = WasmRuntime.Create(On(engine));
        runtime.NewHostModuleBuilder("env")
            .WithFunction("print", (ModuleInstance caller, int pointer, int length) => { printed = caller.Memory!.ReadUtf8((ulong)pointer, length); })
            .Instantiate();
        var module = new Module
        {
            Types = [Type([ValType.I32, ValType.I32], []), Type([], [])],
            Imports = [new Import("env", "print", ExternKind.Func) { FuncTypeIndex = 0 }],
            Functions = [1],
            Memories = [new MemoryType(new Plumb.Structure.Limits(1, null))],
            Codes = [new FunctionBody([], [I32(8), I32(5), TestModules.I(Opcode.Call, 0), TestModules.I(Opcode.End)], [])],
            Data = [new DataSegment(SegmentMode.Active, [.. "hello"u8.ToArray()]) { Offset = new ConstExpr([I32(8)]) }],
            Exports = [new Export("run", ExternKind.Func, 1)],
        };
        runtime.Instantiate(runtime.Compile(module)).GetFunction("run")!.Call();
        Assert.Equal("hello", printed);
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void OutOfBoundsLoadTrapsAndDisposedMemoryIsGone(EngineKind engine)
    {
        var module = Functions(("load", Type(I, I), [], [LocalGet(0), TestModules.I(Opcode.I32Load)])) with
        {
            Memories = [new MemoryType(new Plumb.Structure.Limits(1, null))],
            Exports = [new Export("load", ExternKind.Func, 0), new Export("memory", ExternKind.Memory, 0)],
        };
        using var runtime = WasmRuntime.Create(On(engine));
        var instance = runtime.Instantiate(runtime.Compile(module));
        var memory = instance.GetMemory("memory")!;
        memory.WriteInt32(65532, 0x12345678);
        var load = instance.GetFunction<int, int>("load")!;
        Assert.Equal(0x12345678, load(65532));
        Assert.Equal("out of bounds memory access", Assert.Throws<WasmTrapException>(() => load(65533)).Message);
        Assert.Throws<WasmTrapException>(() => memory.ReadInt32(65533));
        instance.Dispose();
        Assert.Equal(0, memory.Size);
    }

    private const string LoopingStart = """
        (module (func $spin (loop (br 0))) (start $spin) (func (export "run") (loop (br 0))))
        """;

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void ALoopingStartFunctionRunsOutOfFuel(EngineKind engine)
    {
        using var runtime = WasmRuntime.Create(On(engine).WithFuel(100_000));
        var trap = Assert.Throws<WasmTrapException>(() => runtime.Instantiate(Text.Wat.ToBinary(LoopingStart)));
        Assert.Equal(TrapKind.FuelExhausted, trap.Kind);
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void ALoopingStartFunctionStopsWhenCancelled(EngineKind engine)
    {
        using var runtime = WasmRuntime.Create(On(engine));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var trap = Assert.Throws<WasmTrapException>(() => runtime.Instantiate(Text.Wat.ToBinary(LoopingStart), null, cancellation.Token));
        Assert.Equal(TrapKind.Cancelled, trap.Kind);
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void ConfiguredStartFunctionsRunUnderFuelAndCancellation(EngineKind engine)
    {
        const string wat = """(module (func (export "_start") (loop (br 0))))""";
        using (var runtime = WasmRuntime.Create(On(engine).WithFuel(100_000)))
        {
            var trap = Assert.Throws<WasmTrapException>(() => runtime.Instantiate(Text.Wat.ToBinary(wat), ModuleConfig.Default.WithStartFunctions("_start")));
            Assert.Equal(TrapKind.FuelExhausted, trap.Kind);
        }
        using (var runtime = WasmRuntime.Create(On(engine)))
        {
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            var trap = Assert.Throws<WasmTrapException>(() =>
                runtime.Instantiate(Text.Wat.ToBinary(wat), ModuleConfig.Default.WithStartFunctions("_start"), cancellation.Token));
            Assert.Equal(TrapKind.Cancelled, trap.Kind);
        }
    }

    [Theory]
    [MemberData(nameof(BulkWork))]
    public void BulkWorkCostsFuelInProportionToItsSize(EngineKind engine, string name, string work)
    {
        BulkWorkRunsOutOfFuel(engine, name, work);
    }

    /// <summary>Each engine with each bulk operation of <see cref="BulkWorkRunsOutOfFuel"/>.</summary>
    public static TheoryData<EngineKind, string, string> BulkWork()
    {
        (string, string)[] works =
        [
            ("memory.fill", "(memory.fill (i32.const 0) (i32.const 0) (i32.const 65536))"),
            ("memory.copy", "(memory.copy (i32.const 0) (i32.const 65536) (i32.const 65536))"),
            ("memory.init", "(memory.init 1 (i32.const 0) (i32.const 0) (i32.const 65536))"),
            ("table.fill", "(table.fill 0 (i32.const 0) (ref.null func) (i32.const 65536))"),
            ("table.copy", "(table.copy 0 0 (i32.const 0) (i32.const 1) (i32.const 65535))"),
            ("table.init", "(table.init 0 (i32.const 0) (i32.const 0) (i32.const 65536))"),
            ("table.grow", "(drop (table.grow 1 (ref.null func) (i32.const 65536)))"),
            ("host call", "(call $host (i32.const 1))"),
        ];
        var data = new TheoryData<EngineKind, string, string>();
        foreach (var engine in global::Plumb.Tests.Engines.PlumbEngines.All)
        {
            foreach (var (name, work) in works)
            {
                data.Add(engine, name, work);
            }
        }
        return data;
    }

    private static void BulkWorkRunsOutOfFuel(EngineKind engine, string name, string work)
    {
        // A thousand iterations of 64 KiB (or 64 Ki entries) of work: far more than 100,000 units of fuel
        // at one unit per 64 bytes or 8 entries, though the loop alone costs only a thousand. A host call
        // costs one unit, so 60,000 of them and their loop run out, where the loop alone would not.
        int iterations = name == "host call" ? 60_000 : 1000;
        string wat = $$"""
            (module
              (import "env" "host" (func $host (param i32)))
              (memory 2) (table 65536 funcref) (table 0 funcref)
              (data (i32.const 0) "x") (data "{{new string('y', 65536)}}")
              (elem func {{string.Concat(Enumerable.Repeat("0 ", 65536))}}) (elem declare func)
              (func (export "run") (local $i i32)
                (loop
                  {{work}}
                  (br_if 0 (i32.ne (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const {{iterations}}))))))
            """;
        using var runtime = WasmRuntime.Create(On(engine).WithFuel(100_000));
        runtime.NewHostModuleBuilder("env").WithFunction("host", (int _) => { }).Instantiate();
        var run = runtime.Instantiate(Text.Wat.ToBinary(wat)).GetFunction("run")!;
        var trap = Assert.Throws<WasmTrapException>(() => run.Call());
        Assert.Equal(TrapKind.FuelExhausted, trap.Kind);
    }
}
