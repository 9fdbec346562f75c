using Plumb.Text;

namespace Plumb.Tests.Api;

/// <summary>A compiled module is code and types, no store state: runtimes of the same engine share it.</summary>
public class SharedModuleTests
{
    public static TheoryData<EngineKind> AllEngines() => [.. global::Plumb.Tests.Engines.PlumbEngines.All];

    private static readonly byte[] Counter = Wat.ToBinary("""
        (module
          (import "env" "step" (func $step (result i32)))
          (global $count (mut i32) (i32.const 0))
          (memory (export "memory") 1)
          (func (export "bump") (result i32)
            (global.set $count (i32.add (global.get $count) (call $step)))
            (i32.store (i32.const 0) (global.get $count))
            (global.get $count)))
        """);

    private static ModuleInstance Instantiate(WasmRuntime runtime, CompiledModule module, int step)
    {
        runtime.NewHostModuleBuilder("env").WithFunction("step", () => step).Instantiate();
        return runtime.Instantiate(module);
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void ASecondRuntimeOfTheSameEngineInstantiatesTheModule(EngineKind engine)
    {
        var config = RuntimeConfig.Default.WithEngine(engine);
        var first = WasmRuntime.Create(config);
        using var second = WasmRuntime.Create(config);
        var module = first.Compile(Counter);
        var a = Instantiate(first, module, 1);
        var b = Instantiate(second, module, 10);
        var bumpA = a.GetFunction<int>("bump")!;
        var bumpB = b.GetFunction<int>("bump")!;
        Assert.Equal((1, 10, 2, 20), (bumpA(), bumpB(), bumpA(), bumpB()));
        Assert.Equal(20, b.GetMemory("memory")!.ReadInt32(0));
        // The module outlives the runtime that compiled it.
        first.Dispose();
        var c = second.Instantiate(module, ModuleConfig.Default.WithName("again"));
        Assert.Equal(10, c.GetFunction<int>("bump")!());
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void RuntimesOnTwoThreadsShareOneModule(EngineKind engine)
    {
        var config = RuntimeConfig.Default.WithEngine(engine);
        using var compiler = WasmRuntime.Create(config);
        var module = compiler.Compile(Counter);
        var results = new int[2];
        var threads = Enumerable.Range(0, 2).Select(t => new Thread(() =>
        {
            using var runtime = WasmRuntime.Create(config);
            var bump = Instantiate(runtime, module, t + 1).GetFunction<int>("bump")!;
            for (int i = 0; i < 10_000; i++)
            {
                results[t] = bump();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal([10_000, 20_000], results);
    }

    [Fact]
    public void AnotherEnginesModuleIsRefusedSayingWhy()
    {
        using var interpreter = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        using var compiler = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Compiler));
        var error = Assert.Throws<ArgumentException>(() => compiler.Instantiate(interpreter.Compile(Counter)));
        Assert.StartsWith("the module was compiled for the Interpreter engine and this runtime runs the Compiler engine", error.Message);
    }

    [Fact]
    public void AModuleValidatedWithMoreFeaturesIsRefusedSayingWhy()
    {
        using var core2 = WasmRuntime.Create();
        using var core1 = WasmRuntime.Create(RuntimeConfig.Default.WithFeatures(WasmFeatures.Core1));
        var error = Assert.Throws<ArgumentException>(() => core1.Instantiate(core2.Compile(Counter)));
        Assert.StartsWith("the module was validated with features this runtime does not enable (", error.Message);
        // The other way round is fine: what Core 1.0 accepts, Core 2.0 does.
        var instance = Instantiate(core2, core1.Compile(Counter), 3);
        Assert.Equal(3, instance.GetFunction<int>("bump")!());
    }
}
