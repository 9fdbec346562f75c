using System.Text;
using Plumb.Engines.Compiler;
using Plumb.Text;

namespace Plumb.Tests.Engines.Compiler;

/// <summary>
/// The lazy path of the compiler (<see cref="LazyModule"/>): a module of at least
/// <see cref="CompilerEngine.LazyFunctions"/> functions gets no IL at Compile, each function's on its first call, calls
/// to functions not yet emitted going through code pointers; the result is the same, under threads, traps and limits.
/// </summary>
public class LazyCompilationTests
{
    /// <summary>
    /// A module of <paramref name="count"/> functions: <c>$f{i}(x) = x + i</c>, a chain <c>$c{i}(x) = $c{i+1}(x) + 1</c>
    /// for the first ten, calls through a table, mutual recursion, and <paramref name="extra"/> fields.
    /// </summary>
    private static byte[] Module(int count, string extra = "")
    {
        var wat = new StringBuilder("(module (type $t (func (param i32) (result i32)))\n");
        wat.Append("(table 4 funcref) (elem (i32.const 0) $f0 $f1 $even $odd)\n");
        for (int i = 0; i < count; i++)
        {
            wat.Append($"(func $f{i} (export \"f{i}\") (param i32) (result i32) (i32.add (local.get 0) (i32.const {i})))\n");
        }
        for (int i = 0; i < 10; i++)
        {
            wat.Append(i < 9
                ? $"(func $c{i} (export \"c{i}\") (param i32) (result i32) (i32.add (call $c{i + 1} (local.get 0)) (i32.const 1)))\n"
                : $"(func $c{i} (export \"c{i}\") (param i32) (result i32) (call $f{count - 1} (local.get 0)))\n");
        }
        wat.Append("""
            (func $even (export "even") (param i32) (result i32)
              (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 1)) (else (call $odd (i32.sub (local.get 0) (i32.const 1))))))
            (func $odd (export "odd") (param i32) (result i32)
              (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0)) (else (call $even (i32.sub (local.get 0) (i32.const 1))))))
            (func (export "indirect") (param i32 i32) (result i32) (call_indirect (type $t) (local.get 1) (local.get 0)))
            """);
        wat.Append(extra).Append(')');
        return Wat.ToBinary(wat.ToString());
    }

    private static readonly int Count = Math.Max(CompilerEngine.LazyFunctions, 1);

    private static WasmRuntime Compiler(long? memory = null)
    {
        var config = RuntimeConfig.Default.WithEngine(EngineKind.Compiler);
        return WasmRuntime.Create(memory is { } limit ? config.WithCompileMemoryLimit(limit) : config);
    }

    private static IEnumerable<CompiledFunction> Code(CompiledModule module) => module.Code.Cast<CompiledFunction>();

    [Fact]
    public void ALargeModuleEmitsNothingAtCompileAndOnlyWhatItCalls()
    {
        Assert.True(LazyModule.Supported);
        using var runtime = Compiler();
        var module = runtime.Compile(Module(Count));
        Assert.All(Code(module), function => Assert.False(function.IsEmitted));
        var instance = runtime.Instantiate(module);
        // c0 calls c1 ... c9, which calls the last f: 11 functions, each called before it was emitted.
        Assert.Equal(9 + 5 + Count - 1, instance.GetFunction<int, int>("c0")!(5));
        Assert.Equal(11, Code(module).Count(function => function.IsEmitted));
        // Emitted once: a second call, and a call of an emitted function from one emitted later, give the same.
        Assert.Equal(9 + 5 + Count - 1, instance.GetFunction<int, int>("c0")!(5));
        Assert.Equal(8 + 5 + Count - 1, instance.GetFunction<int, int>("c1")!(5));
        // Mutual recursion, each function first reached through the other's pointer.
        Assert.Equal(1, instance.GetFunction<int, int>("even")!(1000));
        Assert.Equal(0, instance.GetFunction<int, int>("odd")!(1000));
        // Through a table: the dispatcher reaches functions not yet emitted.
        Assert.Equal(8, instance.GetFunction<int, int, int>("indirect")!(1, 7));
        Assert.Equal(7, instance.GetFunction<int, int, int>("indirect")!(0, 7));
        // And even, odd, indirect, f0 and f1.
        Assert.Equal(16, Code(module).Count(function => function.IsEmitted));
    }

    [Fact]
    public void AFunctionEmittedByOneInstanceServesTheOthers()
    {
        using var runtime = Compiler();
        var module = runtime.Compile(Module(Count));
        var first = runtime.Instantiate(module);
        var second = runtime.Instantiate(module);
        Assert.Equal(1, first.GetFunction<int, int>("even")!(10));
        int emitted = Code(module).Count(function => function.IsEmitted);
        Assert.Equal(1, second.GetFunction<int, int>("even")!(10));
        Assert.Equal(emitted, Code(module).Count(function => function.IsEmitted));
    }

    [Fact]
    public void ThreadsCallingTheSameUnemittedFunctionsAllGetTheirResults()
    {
        using var runtime = Compiler();
        var module = runtime.Compile(Module(Count));
        const int threads = 8;
        var results = new int[threads];
        var start = new Barrier(threads);
        // A runtime is not thread-safe: each thread instantiates the shared module in a runtime of its own.
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            using var own = Compiler();
            var instance = own.Instantiate(module);
            var c0 = instance.GetFunction<int, int>("c0")!;
            start.SignalAndWait();
            results[t] = c0(t) + instance.GetFunction<int, int>("even")!(100 + t);
        })).ToList();
        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => worker.Join());
        Assert.Equal(Enumerable.Range(0, threads).Select(t => 9 + t + Count - 1 + (t % 2 == 0 ? 1 : 0)), results);
    }

    [Fact]
    public void RecursionThroughCodePointersTrapsAtTheDepthLimit()
    {
        using var runtime = Compiler();
        var instance = runtime.Instantiate(Module(Count, """
            (func $down (export "down") (param i32) (result i32) (call $up (local.get 0)))
            (func $up (param i32) (result i32) (call $down (local.get 0)))
            """));
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction<int, int>("down")!(1));
        Assert.Equal(TrapKind.CallStackExhausted, trap.Kind);
        Assert.Contains(trap.WasmStackTrace, frame => frame.FunctionName == "down");
        Assert.Equal(1, instance.GetFunction<int, int>("even")!(2));
    }

    [Fact]
    public void AFunctionTooLargeToEmitFailsItsCallsWithATypedErrorAndTheRestRuns()
    {
        // 40,000 instructions: the decoder and validator charge about 48 bytes each at Compile, emission 64 more.
        string big = "(func (export \"big\") (result i32) (i32.const 0)"
            + string.Concat(Enumerable.Repeat(" (i32.add (i32.const 1))", 20_000)) + ")";
        var bytes = Module(Count, big);
        long limit = 40_000L * 60;
        using var runtime = Compiler(limit);
        var module = runtime.Compile(bytes);
        var instance = runtime.Instantiate(module);
        var call = instance.GetFunction<int>("big")!;
        Assert.Throws<WasmResourceLimitException>(() => call());
        Assert.Throws<WasmResourceLimitException>(() => call());
        Assert.Equal(1, instance.GetFunction<int, int>("even")!(4));
        // A module emitted whole at Compile is refused there under the same limit.
        using var eager = Compiler(limit);
        Assert.Throws<WasmResourceLimitException>(() => eager.Compile(Wat.ToBinary("(module " + big + ")")));
    }
}
