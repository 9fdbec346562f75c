using Plumb.Engines.Compiler;
using Plumb.Engines.Interpreter;
using Plumb.Text;

namespace Plumb.Tests.Engines.Compiler;

/// <summary>
/// What the IL compiler adds to the instruction rows and the guards that every engine runs: stack traces of
/// compiled frames, calls across engines and instances both ways, host functions that call back in, and
/// multi-value results through every kind of call.
/// </summary>
public class CompilerEngineTests
{
    private static WasmRuntime Compiler() => WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Compiler));

    [Fact]
    public void ATrapCarriesTheCompiledFramesInnermostFirst()
    {
        using var runtime = Compiler();
        var instance = runtime.Instantiate(Wat.ToBinary("""
            (module
              (func $inner (param i32) (result i32) (i32.div_s (i32.const 1) (local.get 0)))
              (func $middle (param i32) (result i32) (call $inner (local.get 0)))
              (func (export "outer") (param i32) (result i32) (call $middle (local.get 0))))
            """), ModuleConfig.Default.WithName("m"));
        var outer = instance.GetFunction<int, int>("outer")!;
        Assert.Equal(1, outer(1));
        var trap = Assert.Throws<WasmTrapException>(() => outer(0));
        Assert.Equal(TrapKind.IntegerDivideByZero, trap.Kind);
        Assert.Equal([0u, 1u, 2u], trap.WasmStackTrace.Select(frame => frame.FunctionIndex));
        Assert.All(trap.WasmStackTrace, frame => Assert.Equal("m", frame.ModuleName));
        Assert.Equal("outer", trap.WasmStackTrace[2].FunctionName);
    }

    [Fact]
    public void DeepRecursionBelowTheLimitRunsAndAboveItTraps()
    {
        const string wat = """
            (module
              (func $depth (export "depth") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0))
                  (then (i32.const 0))
                  (else (i32.add (i32.const 1) (call $depth (i32.sub (local.get 0) (i32.const 1))))))))
            """;
        using var runtime = Compiler();
        var depth = runtime.Instantiate(Wat.ToBinary(wat)).GetFunction<int, int>("depth")!;
        Assert.Equal(9_000, depth(9_000));
        var trap = Assert.Throws<WasmTrapException>(() => depth(20_000));
        Assert.Equal(TrapKind.CallStackExhausted, trap.Kind);
        // The thread's context is whole again afterwards.
        Assert.Equal(5, depth(5));
    }

    /// <summary>
    /// A function whose locals fill hundreds of kilobytes of CIL frame, recursing directly, through a table and
    /// through a host function: the check at a function's entry runs after its frame is allocated, so each of
    /// these overflowed the .NET stack and killed the process (found by the differential fuzzer, seed 12000000
    /// run) until the frame is probed before the call. On a 64 MiB stack as the fuzzer's workers have, and on
    /// 256 KiB, smaller than one such frame.
    /// </summary>
    [Theory]
    [InlineData("direct", 64 * 1024 * 1024)]
    [InlineData("indirect", 64 * 1024 * 1024)]
    [InlineData("host", 64 * 1024 * 1024)]
    [InlineData("direct", 256 * 1024)]
    public void RecursionThroughHugeFramesTrapsAndTheProcessLives(string path, int stackSize)
    {
        var locals = string.Join(" ", Enumerable.Repeat("v128", 20_000));
        var call = path switch
        {
            "direct" => "(call $f (i32.add (local.get 0) (i32.const 1)))",
            "indirect" => "(call_indirect (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)) (i32.const 0))",
            _ => "(call $host (i32.add (local.get 0) (i32.const 1)))",
        };
        var wat = $$"""
            (module
              (import "env" "host" (func $host (param i32) (result i32)))
              (table 1 funcref) (elem (i32.const 0) $f)
              (func $f (export "f") (param i32) (result i32) (local {{locals}})
                (local.set 1 (v128.const i32x4 1 2 3 4))
                (local.set 20000 (local.get 1))
                {{call}}))
            """;
        foreach (var engine in new[] { EngineKind.Compiler, EngineKind.Interpreter })
        {
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
                    WasmFunction? f = null;
                    runtime.NewHostModuleBuilder("env")
                        .WithFunction("host", (Func<int, int>)(x => (int)f!.Call(x)[0]!))
                        .Instantiate();
                    f = runtime.Instantiate(Wat.ToBinary(wat)).GetFunction("f")!;
                    var trap = Assert.Throws<WasmTrapException>(() => f.Call(0));
                    Assert.Equal(TrapKind.CallStackExhausted, trap.Kind);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            }, stackSize);
            thread.Start();
            thread.Join();
            Assert.Null(failure);
        }
    }

    [Fact]
    public void InfiniteRecursionOnASmallThreadStackTrapsAndTheProcessLives()
    {
        // 256 KiB of stack cannot hold 10,000 frames: the stack check, not the depth count, ends it.
        TrapKind? kind = null;
        var thread = new Thread(() =>
        {
            using var runtime = Compiler();
            var f = runtime.Instantiate(Wat.ToBinary("""
                (module (func $f (export "f") (param i64 i64 i64 i64) (result i64)
                  (call $f (local.get 0) (local.get 1) (local.get 2) (local.get 3))))
                """)).GetFunction("f")!;
            kind = Assert.Throws<WasmTrapException>(() => f.Call(1L, 2L, 3L, 4L)).Kind;
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal(TrapKind.CallStackExhausted, kind);
    }

    [Fact]
    public void MultipleResultsCrossDirectImportedAndIndirectCalls()
    {
        using var runtime = Compiler();
        runtime.Instantiate(Wat.ToBinary("""
            (module (func (export "swap") (param i32 i64) (result i64 i32) (local.get 1) (local.get 0)))
            """), ModuleConfig.Default.WithName("lib"));
        var instance = runtime.Instantiate(Wat.ToBinary("""
            (module
              (import "lib" "swap" (func $imported (param i32 i64) (result i64 i32)))
              (type $swap (func (param i32 i64) (result i64 i32)))
              (table funcref (elem $own $imported))
              (func $own (param i32 i64) (result i64 i32) (local.get 1) (local.get 0))
              (func (export "run") (param i32) (result i64)
                (local $a i64) (local $b i32)
                (call $own (i32.const 1) (i64.const 2))
                (local.set $b) (local.set $a)
                (call $imported (local.get $b) (local.get $a))
                (local.set $b) (local.set $a)
                (call_indirect (type $swap) (local.get $b) (local.get $a) (local.get 0))
                (local.set $b)
                (i64.add (i64.extend_i32_u (local.get $b)))))
            """));
        var run = instance.GetFunction<int, long>("run")!;
        Assert.Equal(3L, run(0));
        Assert.Equal(3L, run(1));
    }

    [Fact]
    public void CompiledAndInterpretedInstancesCallEachOtherAndHostsCallBackIn()
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        int hostCalls = 0;
        WasmFunction? reenter = null;
        runtime.NewHostModuleBuilder("env")
            .WithFunction("host", (int x) =>
            {
                hostCalls++;
                return x <= 0 ? 0 : reenter!.Call(x - 1)[0] is int r ? r + 1 : -1;
            })
            .Instantiate();
        runtime.Instantiate(Wat.ToBinary("""
            (module
              (import "env" "host" (func $host (param i32) (result i32)))
              (func (export "twice") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
              (func (export "via_host") (param i32) (result i32) (call $host (local.get 0))))
            """), ModuleConfig.Default.WithName("interpreted"));
        var compiled = runtime.Compile(Plumb.Binary.ModuleReader.Read(Wat.ToBinary("""
            (module
              (import "interpreted" "twice" (func $twice (param i32) (result i32)))
              (import "interpreted" "via_host" (func $via_host (param i32) (result i32)))
              (func (export "run") (param i32) (result i32) (call $twice (local.get 0)))
              (func (export "ping") (param i32) (result i32) (call $via_host (local.get 0))))
            """), runtime.Config.Features), CompilerEngine.Instance);
        var instance = runtime.Instantiate(compiled);
        reenter = instance.GetFunction("ping");
        Assert.Equal(42, instance.GetFunction<int, int>("run")!(21));
        Assert.Equal(5, instance.GetFunction<int, int>("ping")!(5));
        Assert.Equal(6, hostCalls);
        Assert.IsType<InterpreterEngine>(runtime.Store.Engine);
    }

    [Fact]
    public void AFunctionNeedingMoreLocalsThanCilAllowsIsRefusedAsAResourceLimit()
    {
        // 50,000 locals (the validator's limit) and 16,000 operands: more than a CIL method's 65,535 locals.
        string wat = "(module (func (local" + string.Concat(Enumerable.Repeat(" i32", 50_000)) + ")"
            + string.Concat(Enumerable.Repeat(" i64.const 1", 16_000)) + string.Concat(Enumerable.Repeat(" drop", 16_000)) + "))";
        using var runtime = Compiler();
        var error = Assert.Throws<WasmResourceLimitException>(() => runtime.Compile(Wat.ToBinary(wat)));
        Assert.Contains("CIL locals", error.Message);
        using var interpreter = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        interpreter.Compile(Wat.ToBinary(wat));
    }
}
