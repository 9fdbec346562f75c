using Plumb.Text;

namespace Plumb.Tests.Api;

/// <summary>
/// A runtime bounds what all its instances hold together (memory pages, table entries, instances, tables,
/// memories): instantiation beyond a limit is unlinkable, a grow beyond one returns -1, dispose gives back.
/// </summary>
public class LimitsTests
{
    private static byte[] Tables(int count, int entries) => Wat.ToBinary(
        $"(module {string.Concat(Enumerable.Repeat($"(table {entries} funcref) ", count))})");

    private static readonly byte[] OnePageMemory = Wat.ToBinary("""
        (module
          (memory (export "memory") 1)
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
        """);

    [Fact]
    public void FortyTablesOfTenMillionEntriesAreRefused()
    {
        using var runtime = WasmRuntime.Create();
        var error = Assert.Throws<WasmUnlinkableException>(() => runtime.Instantiate(Tables(40, 10_000_000)));
        Assert.Contains("TotalTableElementLimit", error.Message);
        // One such table fits the default of 10,000,000 entries in all; it is given back on dispose.
        runtime.Instantiate(Tables(1, 10_000_000)).Dispose();
        runtime.Instantiate(Tables(1, 10_000_000));
        Assert.Throws<WasmUnlinkableException>(() => runtime.Instantiate(Tables(1, 1)));
    }

    [Fact]
    public void AThousandTablesOfTenMillionEntriesNeverReachTheProcess()
    {
        // 80 GB of entries if allocated: refused before any is, again and again.
        byte[] module = Tables(1000, 10_000_000);
        using var runtime = WasmRuntime.Create();
        for (int i = 0; i < 3; i++)
        {
            Assert.Throws<WasmUnlinkableException>(() => runtime.Instantiate(module));
        }
        Assert.Equal(0, runtime.Store.TableElements);
    }

    [Fact]
    public void TotalPagesMakeAGrowReturnMinusOneUntilAnInstanceIsDisposed()
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithTotalMemoryPageLimit(4));
        var first = runtime.Instantiate(OnePageMemory);
        var second = runtime.Instantiate(OnePageMemory);
        var grow = first.GetFunction<int, int>("grow")!;
        Assert.Equal(1, grow(1));
        Assert.Equal(-1, grow(2));
        Assert.Equal(-1, first.GetMemory("memory")!.Grow(2));
        Assert.Equal(2, grow(1));
        Assert.Equal(-1, grow(1));
        Assert.Equal(-1, second.GetFunction<int, int>("grow")!(1));
        Assert.Contains("TotalMemoryPageLimit", Assert.Throws<WasmUnlinkableException>(() => runtime.Instantiate(OnePageMemory)).Message);
        second.Dispose();
        Assert.Equal(3, grow(1));
        Assert.Equal(4u, first.GetMemory("memory")!.Pages);
    }

    [Fact]
    public void TotalEntriesMakeATableGrowReturnMinusOne()
    {
        const string wat = """
            (module
              (table 10 funcref)
              (func (export "grow") (param i32) (result i32) (table.grow (ref.null func) (local.get 0))))
            """;
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithTotalTableElementLimit(25));
        var grow = runtime.Instantiate(Wat.ToBinary(wat)).GetFunction<int, int>("grow")!;
        var other = runtime.Instantiate(Wat.ToBinary(wat));
        Assert.Equal(10, grow(5));
        Assert.Equal(-1, grow(1));
        other.Dispose();
        Assert.Equal(15, grow(10));
    }

    [Fact]
    public void InstanceTableAndMemoryCountsAreLimited()
    {
        using (var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithInstanceCountLimit(3)))
        {
            byte[] empty = Wat.ToBinary("(module)");
            runtime.NewHostModuleBuilder("env").Instantiate();
            var one = runtime.Instantiate(empty);
            runtime.Instantiate(empty);
            Assert.Contains("InstanceCountLimit", Assert.Throws<WasmUnlinkableException>(() => runtime.Instantiate(empty)).Message);
            one.Dispose();
            runtime.Instantiate(empty);
        }
        using (var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithTableCountLimit(5)))
        {
            var three = runtime.Instantiate(Tables(3, 1));
            Assert.Contains("TableCountLimit", Assert.Throws<WasmUnlinkableException>(() => runtime.Instantiate(Tables(3, 1))).Message);
            runtime.Instantiate(Tables(2, 1));
            three.Dispose();
            runtime.Instantiate(Tables(3, 1));
        }
        using (var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithMemoryCountLimit(2)))
        {
            runtime.NewHostModuleBuilder("env").WithMemory("memory", 1).Instantiate();
            var one = runtime.Instantiate(OnePageMemory);
            Assert.Contains("MemoryCountLimit", Assert.Throws<WasmUnlinkableException>(() => runtime.Instantiate(OnePageMemory)).Message);
            one.Dispose();
            runtime.Instantiate(OnePageMemory);
        }
    }

    [Fact]
    public void AFailedInstantiationGivesBackWhatItAllocated()
    {
        // The data segment does not fit: instantiation traps after the memory and table were allocated.
        byte[] trapping = Wat.ToBinary("""(module (memory 1) (table 5 funcref) (data (i32.const 65536) "x"))""");
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default
            .WithTotalMemoryPageLimit(1).WithTotalTableElementLimit(5).WithInstanceCountLimit(1).WithMemoryCountLimit(1).WithTableCountLimit(1));
        for (int i = 0; i < 3; i++)
        {
            Assert.Throws<WasmTrapException>(() => runtime.Instantiate(trapping));
        }
        Assert.Equal(0, runtime.Store.MemoryPages);
        Assert.Equal(0, runtime.Store.TableElements);
        runtime.Instantiate(Wat.ToBinary("(module (memory 1) (table 5 funcref))"));
    }

    [Fact]
    public void DisposingTheRuntimeFreesEveryMemory()
    {
        var runtime = WasmRuntime.Create();
        var memory = runtime.Instantiate(OnePageMemory).GetMemory("memory")!;
        var host = runtime.NewHostModuleBuilder("env").WithMemory("memory", 2).Instantiate().GetMemory("memory")!;
        Assert.Equal(3, runtime.Store.MemoryPages);
        runtime.Dispose();
        Assert.Equal(0, memory.Size);
        Assert.Equal(0, host.Size);
        Assert.Equal(-1, memory.Grow(1));
        Assert.Throws<WasmTrapException>(() => memory.ReadByte(0));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65537)]
    public void TheMemoryPageLimitIsWithinTheSpecs(int pages) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RuntimeConfig.Default.WithMemoryPageLimit(pages));

    [Fact]
    public void LimitsHaveDocumentedDefaultsAndCopy()
    {
        var defaults = RuntimeConfig.Default;
        Assert.Equal(16384, defaults.MemoryPageLimit);
        Assert.Equal(65536, defaults.TotalMemoryPageLimit);
        Assert.Equal(10_000_000, defaults.TotalTableElementLimit);
        Assert.Equal(10_000, defaults.InstanceCountLimit);
        Assert.Equal(100_000, defaults.TableCountLimit);
        Assert.Equal(10_000, defaults.MemoryCountLimit);
        var changed = defaults.WithMemoryPageLimit(65536).WithTotalMemoryPageLimit(7).WithTotalTableElementLimit(8)
            .WithInstanceCountLimit(9).WithTableCountLimit(10).WithMemoryCountLimit(11).WithFuel(12);
        Assert.Equal((65536, 7, 8, 9, 10, 11), (changed.MemoryPageLimit, changed.TotalMemoryPageLimit, changed.TotalTableElementLimit,
            changed.InstanceCountLimit, changed.TableCountLimit, changed.MemoryCountLimit));
        Assert.Equal(65536, defaults.TotalMemoryPageLimit);
    }
}
