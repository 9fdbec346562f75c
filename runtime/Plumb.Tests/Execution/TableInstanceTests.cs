using System.Diagnostics;
using Plumb.Text;
using Xunit.Abstractions;

namespace Plumb.Tests.Execution;

/// <summary>Tables grow geometrically, and every access is checked against the table's size, not its room.</summary>
public class TableInstanceTests(ITestOutputHelper output)
{
    [Fact]
    public void GrowingByOneEntry200000TimesTakesAmortizedConstantTime()
    {
        const string wat = """
            (module
              (table (export "table") 0 funcref)
              (func (export "run") (param $n i32) (result i32) (local $i i32)
                (block $done
                  (loop $grow
                    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                    (if (i32.eq (table.grow (ref.null func) (i32.const 1)) (i32.const -1)) (then (return (i32.const -1))))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $grow)))
                (table.size)))
            """;
        using var runtime = WasmRuntime.Create();
        var instance = runtime.Instantiate(Wat.ToBinary(wat));
        // Generous for a shared machine: copying the table on every grow took about 35 s.
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var clock = Stopwatch.StartNew();
        var result = instance.GetFunction("run")!.Call(budget.Token, 200_000);
        output.WriteLine($"200,000 grows of one entry: {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal([200_000], result);
        Assert.Equal(200_000u, instance.GetTable("table")!.Size);
    }

    [Fact]
    public void AccessesAreCheckedAgainstTheSizeNotTheRoomToGrow()
    {
        // After one grow of one entry the array has room for more; every use must still stop at the size.
        const string wat = """
            (module
              (type $f (func (result i32)))
              (table $t (export "table") 0 funcref)
              (table $u 0 funcref)
              (elem declare func $one)
              (elem $seg funcref (ref.func $one) (ref.func $one))
              (func $one (result i32) (i32.const 1))
              (func (export "grow") (param i32) (result i32) (table.grow $t (ref.func $one) (local.get 0)))
              (func (export "size") (result i32) (table.size $t))
              (func (export "get") (param i32) (result i32) (ref.is_null (table.get $t (local.get 0))))
              (func (export "set") (param i32) (table.set $t (local.get 0) (ref.null func)))
              (func (export "call") (param i32) (result i32) (call_indirect $t (type $f) (local.get 0)))
              (func (export "fill") (param i32 i32) (table.fill $t (local.get 0) (ref.null func) (local.get 1)))
              (func (export "copy") (param i32 i32 i32) (table.copy $t $t (local.get 0) (local.get 1) (local.get 2)))
              (func (export "init") (param i32 i32) (table.init $t $seg (local.get 0) (i32.const 0) (local.get 1)))
              (func (export "copy_to_u") (param i32) (table.copy $u $t (i32.const 0) (i32.const 0) (local.get 0))))
            """;
        using var runtime = WasmRuntime.Create();
        var instance = runtime.Instantiate(Wat.ToBinary(wat));
        object?[] Call(string name, params object?[] args) => instance.GetFunction(name)!.Call(args);
        TrapKind Trap(string name, params object?[] args) => Assert.Throws<WasmTrapException>(() => Call(name, args)).Kind;

        Assert.Equal([0], Call("grow", 1));
        Assert.Equal([1], Call("size"));
        Assert.Equal([1], Call("call", 0));
        Assert.Equal([0], Call("get", 0));
        Assert.Equal(TrapKind.OutOfBoundsTableAccess, Trap("get", 1));
        Assert.Equal(TrapKind.OutOfBoundsTableAccess, Trap("set", 1));
        Assert.Equal(TrapKind.UndefinedElement, Trap("call", 1));
        Assert.Equal(TrapKind.OutOfBoundsTableAccess, Trap("fill", 0, 2));
        Assert.Equal(TrapKind.OutOfBoundsTableAccess, Trap("copy", 0, 1, 1));
        Assert.Equal(TrapKind.OutOfBoundsTableAccess, Trap("copy", 1, 0, 1));
        Assert.Equal(TrapKind.OutOfBoundsTableAccess, Trap("init", 0, 2));
        Assert.Equal(TrapKind.OutOfBoundsTableAccess, Trap("copy_to_u", 1));
        var table = instance.GetTable("table")!;
        Assert.Equal(1u, table.Size);
        Assert.NotNull(table.Get(0));
        Assert.Equal(TrapKind.OutOfBoundsTableAccess, Assert.Throws<WasmTrapException>(() => table.Get(1)).Kind);

        // Grown entries hold the grow's value, and those before keep theirs.
        Call("set", 0);
        Assert.Equal([1], Call("grow", 5));
        Assert.Equal([1], Call("get", 0));
        Assert.Equal([0], Call("get", 5));
        Assert.Equal([1], Call("call", 5));
        Assert.Equal(TrapKind.UndefinedElement, Trap("call", 6));
    }

    [Fact]
    public void AGrowPastTheMaximumFailsWhateverTheRoom()
    {
        const string wat = """
            (module
              (table 1 3 funcref)
              (func (export "grow") (param i32) (result i32) (table.grow (ref.null func) (local.get 0)))
              (func (export "size") (result i32) (table.size)))
            """;
        using var runtime = WasmRuntime.Create();
        var instance = runtime.Instantiate(Wat.ToBinary(wat));
        var grow = instance.GetFunction<int, int>("grow")!;
        Assert.Equal(1, grow(1));
        Assert.Equal(-1, grow(2));
        Assert.Equal(2, grow(1));
        Assert.Equal(-1, grow(1));
        Assert.Equal(3, instance.GetFunction<int>("size")!());
    }
}
