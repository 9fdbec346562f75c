using System.Diagnostics;
using System.Runtime.InteropServices;
using Plumb.Execution;
using Plumb.Text;
using Xunit.Abstractions;

namespace Plumb.Tests.Execution;

/// <summary>Linear memory is native, reserved once and committed as it grows: grows are cheap, nothing moves, bounds hold.</summary>
public class MemoryInstanceTests(ITestOutputHelper output)
{
    private const long Gibibyte = 1L << 30;

    // Grows by one page until the memory has $n pages; returns its size, or -1 if a grow failed.
    private static readonly byte[] GrowByOne = Wat.ToBinary("""
        (module
          (memory (export "memory") 1)
          (func (export "run") (param $n i32) (result i32)
            (block $done
              (loop $grow
                (br_if $done (i32.ge_u (memory.size) (local.get $n)))
                (if (i32.eq (memory.grow (i32.const 1)) (i32.const -1)) (then (return (i32.const -1))))
                (br $grow)))
            (memory.size)))
        """);

    [Fact]
    public void MemoryOfTheSpecsLargestSizeReachesItsLastByte()
    {
        // (memory 1 65536) grown to 65,536 pages: the i32 address -1 is 0xFFFFFFFF, 4 GiB - 1, the last byte.
        const string wat = """
            (module
              (memory (export "memory") 1 65536)
              (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
              (func (export "store8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
              (func (export "load8") (param i32) (result i32) (i32.load8_u (local.get 0)))
              (func (export "load8_past") (param i32) (result i32) (i32.load8_u offset=1 (local.get 0)))
              (func (export "load32") (param i32) (result i32) (i32.load (local.get 0)))
              (func (export "size") (result i32) (memory.size)))
            """;
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithMemoryPageLimit(65536));
        var instance = runtime.Instantiate(Wat.ToBinary(wat));
        var grow = instance.GetFunction<int, int>("grow")!;
        var store8 = instance.GetFunction("store8")!;
        var load8 = instance.GetFunction<int, int>("load8")!;
        var load32 = instance.GetFunction<int, int>("load32")!;
        var memory = instance.GetMemory("memory")!;

        Assert.Equal(1, grow(65535));
        Assert.Equal(65536, instance.GetFunction<int>("size")!());
        Assert.Equal(4 * Gibibyte, memory.Size);
        store8.Call(-1, 0xAB);
        Assert.Equal(0xAB, load8(-1));
        Assert.Equal(0xAB, memory.ReadByte(0xFFFF_FFFF));
        memory.WriteInt32(0xFFFF_FFFC, 0x1234_5678);
        Assert.Equal(0x1234_5678, load32(-4));
        // One byte past the end: through the static offset, a 4-byte load that crosses it, the host's view.
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, Assert.Throws<WasmTrapException>(() => instance.GetFunction<int, int>("load8_past")!(-1)).Kind);
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, Assert.Throws<WasmTrapException>(() => load32(-3)).Kind);
        Assert.Throws<WasmTrapException>(() => memory.ReadByte(0x1_0000_0000));
        Assert.Equal(-1, grow(1));
    }

    [Fact]
    public void GrowingByOnePageAtATimeTo16384PagesTakesSeconds()
    {
        using var runtime = WasmRuntime.Create();
        var run = runtime.Instantiate(GrowByOne).GetFunction("run")!;
        // The budget is generous (the machine is shared); copying on every grow took about half an hour.
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var clock = Stopwatch.StartNew();
        var result = run.Call(budget.Token, 16384);
        output.WriteLine($"16,383 grows of one page: {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal([16384], result);
    }

    [Fact]
    public void ContentsSurviveGrowthAndNewPagesAreZero()
    {
        using var runtime = WasmRuntime.Create();
        var instance = runtime.Instantiate(GrowByOne);
        var memory = instance.GetMemory("memory")!;
        memory.WriteInt64(0, 0x0102_0304_0506_0708);
        memory.WriteInt32(65532, -2);
        for (uint pages = 1; pages < 64; pages++)
        {
            Assert.Equal((int)pages, memory.Grow(1));
            // Each new page starts as zeros; write its first and last bytes for the next round to check.
            ulong start = (ulong)pages * 65536;
            Assert.Equal(0L, memory.ReadInt64(start));
            Assert.Equal(0L, memory.ReadInt64(start + 65528));
            memory.WriteByte(start, (byte)pages);
            memory.WriteByte(start + 65535, (byte)~pages);
        }
        Assert.Equal([200], instance.GetFunction("run")!.Call(200));
        Assert.Equal(0x0102_0304_0506_0708, memory.ReadInt64(0));
        Assert.Equal(-2, memory.ReadInt32(65532));
        for (uint pages = 1; pages < 64; pages++)
        {
            Assert.Equal((byte)pages, memory.ReadByte((ulong)pages * 65536));
            Assert.Equal((byte)~pages, memory.ReadByte((ulong)pages * 65536 + 65535));
        }
        Assert.Equal(new byte[65536], memory.ReadBytes(199 * 65536UL, 65536));
    }

    [Theory]
    [InlineData("i32.load8_u", 1)]
    [InlineData("i32.load", 4)]
    [InlineData("i64.load", 8)]
    [InlineData("v128.load", 16)]
    public void AnAccessEndingPastTheLengthTrapsAfterEveryGrow(string load, int width)
    {
        string wat = $$"""
            (module
              (memory (export "memory") 1)
              (func (export "load") (param i32) (drop ({{load}} (local.get 0))))
              (func (export "store") (param i32) (i32.store8 (local.get 0) (i32.const 1)))
              (func (export "fill") (param i32 i32) (memory.fill (local.get 0) (i32.const 1) (local.get 1))))
            """;
        using var runtime = WasmRuntime.Create();
        var instance = runtime.Instantiate(Wat.ToBinary(wat));
        var memory = instance.GetMemory("memory")!;
        var access = instance.GetFunction("load")!;
        for (int grown = 0; grown < 3; grown++)
        {
            int length = (int)memory.Size;
            access.Call(length - width);
            Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, Assert.Throws<WasmTrapException>(() => access.Call(length - width + 1)).Kind);
            Assert.Throws<WasmTrapException>(() => access.Call(length));
            Assert.Throws<WasmTrapException>(() => instance.GetFunction("store")!.Call(length));
            Assert.Throws<WasmTrapException>(() => instance.GetFunction("fill")!.Call(length - 1, 2));
            instance.GetFunction("fill")!.Call(length - 1, 1);
            memory.Grow(1);
        }
    }

    [Fact]
    public void BulkOperationsLongerThan2GiBAreBoundsCheckedAsLengths()
    {
        // Lengths of 2^31 or more (as u32) used to be cut to an int: they must trap when out of bounds, not throw else.
        const string wat = """
            (module
              (memory 2)
              (func (export "fill") (param i32) (memory.fill (i32.const 0) (i32.const 1) (local.get 0)))
              (func (export "copy") (param i32) (memory.copy (i32.const 0) (i32.const 1) (local.get 0))))
            """;
        using var runtime = WasmRuntime.Create();
        var instance = runtime.Instantiate(Wat.ToBinary(wat));
        foreach (string name in new[] { "fill", "copy" })
        {
            foreach (int length in new[] { int.MinValue, -1, int.MinValue + 65536 })
            {
                var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction(name)!.Call(length));
                Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, trap.Kind);
            }
        }
    }

    [Fact]
    public void GrowCostsFuelForThePagesItAdds()
    {
        // 2,000 grows of one page: 2,000 loop iterations are far below 100,000 units of fuel, but at 1,024 units
        // a page (one per 64 bytes, as bulk memory operations pay) the budget runs out near the 98th.
        const string wat = """
            (module
              (memory (export "memory") 0)
              (func (export "run") (local $i i32)
                (loop $grow
                  (drop (memory.grow (i32.const 1)))
                  (br_if $grow (i32.ne (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 2000))))))
            """;
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithFuel(100_000));
        var instance = runtime.Instantiate(Wat.ToBinary(wat));
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction("run")!.Call());
        Assert.Equal(TrapKind.FuelExhausted, trap.Kind);
        Assert.InRange(instance.GetMemory("memory")!.Pages, 90u, 100u);
    }

    [Fact]
    public void AGrowTheMemorysLimitsRefuseCostsNoFuelForPages()
    {
        // (memory 0 1): every grow of a page after the first fails, and costs only its instruction.
        const string wat = """
            (module
              (memory 0 1)
              (func (export "run") (result i32) (local $i i32) (local $failed i32)
                (loop $grow
                  (local.set $failed (i32.add (local.get $failed) (i32.eq (memory.grow (i32.const 1)) (i32.const -1))))
                  (br_if $grow (i32.ne (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 2000))))
                (local.get $failed)))
            """;
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithFuel(100_000));
        Assert.Equal([1999], runtime.Instantiate(Wat.ToBinary(wat)).GetFunction("run")!.Call());
    }

    [Fact]
    public void AReservationCommitsZeroedPagesInPlace()
    {
        using var reservation = MemoryReservation.TryReserve(16 * 65536)!;
        Assert.NotNull(reservation);
        Assert.True(reservation.TryCommit(0, 65536));
        nint first = reservation.DangerousGetHandle();
        Marshal.WriteByte(first, 65535, 7);
        Assert.True(reservation.TryCommit(65536, 3 * 65536));
        Assert.Equal(first, reservation.DangerousGetHandle());
        Assert.Equal(7, Marshal.ReadByte(first, 65535));
        Assert.Equal(0, Marshal.ReadByte(first, 65536));
        Assert.Equal(0, Marshal.ReadByte(first, 4 * 65536 - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => reservation.TryCommit(15 * 65536, 2 * 65536));
    }
}
