using Plumb.Text;

namespace Plumb.Tests.Api;

/// <summary>The runtime's store fuel: read, set and added; drawn from by calls and start functions; consumed alike by both engines.</summary>
public class FuelTests
{
    public static TheoryData<EngineKind> AllEngines() => [.. global::Plumb.Tests.Engines.PlumbEngines.All];

    // Loops, direct and indirect calls, a host call with eight values (which costs one more unit), memory.fill, memory.copy and memory.grow:
    // every kind of charge the engines make.
    private static readonly byte[] Program = Wat.ToBinary("""
        (module
          (import "env" "wide" (func $wide (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
          (memory 1 4)
          (table 2 funcref)
          (elem (i32.const 0) $leaf $square)
          (func $leaf (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
          (func $square (param i32) (result i32) (i32.mul (local.get 0) (local.get 0)))
          (func (export "work") (param $n i32) (result i32)
            (local $i i32) (local $acc i32)
            (block $done
              (loop $next
                (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                (local.set $acc (i32.add (local.get $acc) (call $leaf (local.get $i))))
                (local.set $acc (i32.add (local.get $acc)
                  (call_indirect (param i32) (result i32) (local.get $i) (i32.and (local.get $i) (i32.const 1)))))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $next)))
            (memory.fill (i32.const 0) (i32.const 7) (i32.const 4096))
            (memory.copy (i32.const 8192) (i32.const 0) (i32.const 1000))
            (drop (memory.grow (i32.const 1)))
            (i32.add (local.get $acc)
              (call $wide (i32.const 1) (i32.const 2) (i32.const 3) (i32.const 4) (i32.const 5)
                          (i32.const 6) (i32.const 7) (i32.const 8))))
          (func (export "spin") (loop $l (br $l))))
        """);

    private static (WasmRuntime Runtime, ModuleInstance Instance) Start(EngineKind engine, RuntimeConfig? config = null)
    {
        var runtime = WasmRuntime.Create((config ?? RuntimeConfig.Default).WithEngine(engine));
        runtime.NewHostModuleBuilder("env")
            .WithFunction("wide", (int a, int b, int c, int d, int e, int f, int g, int h) => a + b + c + d + e + f + g + h)
            .Instantiate();
        return (runtime, runtime.Instantiate(Program));
    }

    private static readonly byte[] StartLoops = Wat.ToBinary("""
        (module
          (func $start (local $i i32)
            (loop $l (local.set $i (i32.add (local.get $i) (i32.const 1))) (br_if $l (i32.lt_u (local.get $i) (i32.const 100)))))
          (start $start))
        """);

    [Fact]
    public void TheStoreIsNotMeteredUntilFuelIsSet()
    {
        using var runtime = WasmRuntime.Create();
        Assert.Null(runtime.Fuel);
        Assert.Throws<InvalidOperationException>(() => runtime.AddFuel(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => runtime.Fuel = -1);
        runtime.Fuel = 5;
        runtime.AddFuel(10);
        Assert.Equal(15, runtime.Fuel);
        runtime.AddFuel(long.MaxValue);
        Assert.Equal(long.MaxValue, runtime.Fuel);
        runtime.Fuel = null;
        Assert.Null(runtime.Fuel);
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void CallsDrawFromTheStoreAndLeaveTheRest(EngineKind engine)
    {
        var (runtime, instance) = Start(engine);
        using (runtime)
        {
            var work = instance.GetFunction<int, int>("work")!;
            runtime.Fuel = 1_000_000;
            work(10);
            long first = 1_000_000 - runtime.Fuel!.Value;
            Assert.True(first > 40, $"consumed {first}");
            work(10);
            Assert.Equal(1_000_000 - 2 * first, runtime.Fuel);

            runtime.Fuel = 10;
            var trap = Assert.Throws<WasmTrapException>(() => instance.GetAction("spin")!());
            Assert.Equal(TrapKind.FuelExhausted, trap.Kind);
            Assert.Equal(0, runtime.Fuel);
            Assert.Equal(TrapKind.FuelExhausted, Assert.Throws<WasmTrapException>(() => work(10)).Kind);
            // A trap at the first charge grew nothing: the next work(10) grows a page as the first did, and costs as much.
            runtime.AddFuel(first - 1);
            Assert.Equal(TrapKind.FuelExhausted, Assert.Throws<WasmTrapException>(() => work(10)).Kind);
            runtime.AddFuel(1_000_000);
            work(1);
            Assert.True(runtime.Fuel < 1_000_000);
        }
    }

    [Fact]
    public void BothEnginesLeaveTheSameFuel()
    {
        var left = new Dictionary<EngineKind, List<long>>();
        foreach (var engine in global::Plumb.Tests.Engines.PlumbEngines.All)
        {
            var (runtime, instance) = Start(engine);
            using (runtime)
            {
                var fuel = left[engine] = [];
                runtime.Fuel = 1_000_000;
                var work = instance.GetFunction<int, int>("work")!;
                // Four calls: the fourth grow is refused (the memory's maximum is 4 pages) and costs nothing extra.
                foreach (int n in new[] { 0, 1, 17, 100 })
                {
                    work(n);
                    fuel.Add(runtime.Fuel!.Value);
                }
                Assert.Equal(TrapKind.FuelExhausted, Assert.Throws<WasmTrapException>(() => instance.GetAction("spin")!()).Kind);
                fuel.Add(runtime.Fuel!.Value);
                runtime.Fuel = 1_000;
                runtime.Instantiate(StartLoops);
                fuel.Add(runtime.Fuel!.Value);
            }
        }
        Assert.Equal(left[EngineKind.Interpreter], left[EngineKind.Compiler]);
        Assert.Equal(0, left[EngineKind.Interpreter][4]);
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void TheConfigsPerCallFuelStillCapsEachCall(EngineKind engine)
    {
        var (runtime, instance) = Start(engine, RuntimeConfig.Default.WithFuel(100));
        using (runtime)
        {
            runtime.Fuel = 1_000_000;
            Assert.Equal(TrapKind.FuelExhausted, Assert.Throws<WasmTrapException>(() => instance.GetAction("spin")!()).Kind);
            Assert.Equal(1_000_000 - 100, runtime.Fuel);
            Assert.Equal(TrapKind.FuelExhausted, Assert.Throws<WasmTrapException>(() => instance.GetAction("spin")!()).Kind);
            Assert.Equal(1_000_000 - 200, runtime.Fuel);
        }
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void StartFunctionsDrawFromTheStore(EngineKind engine)
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
        runtime.Fuel = 1_000;
        runtime.Instantiate(StartLoops);
        Assert.InRange(runtime.Fuel!.Value, 1_000 - 110, 1_000 - 100);
        runtime.Fuel = 50;
        Assert.Equal(TrapKind.FuelExhausted, Assert.Throws<WasmTrapException>(() => runtime.Instantiate(StartLoops)).Kind);
        Assert.Equal(0, runtime.Fuel);
        // A module without a start function runs nothing and costs nothing, whatever the last call left.
        runtime.Fuel = 5_000_000;
        runtime.Instantiate(Wat.ToBinary("(module (func (export \"f\")))"));
        Assert.Equal(5_000_000, runtime.Fuel);
    }
}
