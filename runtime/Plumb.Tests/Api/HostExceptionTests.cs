using Plumb.Text;

namespace Plumb.Tests.Api;

/// <summary>A .NET exception out of a host function is a trap of kind host, and the instance lives on.</summary>
public class HostExceptionTests
{
    public static TheoryData<EngineKind> AllEngines() => [.. global::Plumb.Tests.Engines.PlumbEngines.All];

    private static readonly byte[] Guest = Wat.ToBinary("""
        (module
          (import "env" "check" (func $check (param i32) (result i32)))
          (import "env" "reenter" (func $reenter))
          (func $inner (export "inner") (param i32) (result i32) (i32.add (call $check (local.get 0)) (i32.const 1)))
          (func (export "run") (param i32) (result i32) (call $inner (local.get 0)))
          (func (export "trap") unreachable)
          (func (export "nested") (call $reenter)))
        """);

    private static (WasmRuntime Runtime, ModuleInstance Instance, Exception Thrown) Start(EngineKind engine)
    {
        var thrown = new InvalidOperationException("the host refused 0");
        var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
        ModuleInstance? instance = null;
        runtime.NewHostModuleBuilder("env")
            .WithFunction("check", (int value) => value == 0 ? throw thrown : value * 10)
            .WithFunction("reenter", () => instance!.GetAction("trap")!())
            .Instantiate();
        instance = runtime.Instantiate(Guest);
        return (runtime, instance, thrown);
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void AHostExceptionBecomesAHostTrapCarryingIt(EngineKind engine)
    {
        var (runtime, instance, thrown) = Start(engine);
        using (runtime)
        {
            var run = instance.GetFunction<int, int>("run")!;
            var trap = Assert.Throws<WasmTrapException>(() => run(0));
            Assert.Equal(TrapKind.Host, trap.Kind);
            Assert.Same(thrown, trap.InnerException);
            Assert.Equal("host function failed in env.check: InvalidOperationException: the host refused 0", trap.Message);
            var top = trap.WasmStackTrace[0];
            Assert.True(top.IsHost);
            Assert.Equal(("env", "check"), (top.ModuleName, top.FunctionName));
            Assert.Equal("env.check (host)", top.ToString());
            Assert.Equal(["inner", "run"], trap.WasmStackTrace.Skip(1).Select(f => f.FunctionName));
            Assert.All(trap.WasmStackTrace.Skip(1), f => Assert.False(f.IsHost));
        }
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void TheInstanceStaysUsableAfterAHostException(EngineKind engine)
    {
        var (runtime, instance, _) = Start(engine);
        using (runtime)
        {
            var run = instance.GetFunction<int, int>("run")!;
            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(TrapKind.Host, Assert.Throws<WasmTrapException>(() => run(0)).Kind);
                Assert.Equal(71, run(7));
            }
            // The same through the untyped form and through the host function called directly.
            Assert.Equal(TrapKind.Host, Assert.Throws<WasmTrapException>(() => instance.GetFunction("inner")!.Call(0)).Kind);
            var check = runtime.GetModule("env")!.GetFunction("check")!;
            var direct = Assert.Throws<WasmTrapException>(() => check.Call(0));
            Assert.Equal(TrapKind.Host, direct.Kind);
            Assert.Equal("env.check (host)", Assert.Single(direct.WasmStackTrace).ToString());
            Assert.Equal([50], check.Call(5));
            Assert.Equal([21], instance.GetFunction("inner")!.Call(2));
        }
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void AGuestTrapInsideAHostCallKeepsItsKind(EngineKind engine)
    {
        var (runtime, instance, _) = Start(engine);
        using (runtime)
        {
            var nested = instance.GetAction("nested")!;
            var trap = Assert.Throws<WasmTrapException>(() => nested());
            Assert.Equal(TrapKind.Unreachable, trap.Kind);
            Assert.Null(trap.InnerException);
            Assert.Equal(11, instance.GetFunction<int, int>("inner")!(1));
        }
    }
}
