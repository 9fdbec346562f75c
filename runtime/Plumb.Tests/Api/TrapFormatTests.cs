using Plumb.Text;

namespace Plumb.Tests.Api;

/// <summary><see cref="WasmTrapException.ToString"/> reads as a Wasm error: message, then the Wasm trace, .NET frames last.</summary>
public class TrapFormatTests
{
    public static TheoryData<EngineKind> AllEngines() => [.. global::Plumb.Tests.Engines.PlumbEngines.All];

    private static readonly byte[] Guest = Wat.ToBinary("""
        (module
          (import "env" "fail" (func $fail))
          (func $inner (export "inner") unreachable)
          (func $middle (export "middle") (call $inner))
          (func (export "outer") (nop) (call $middle))
          (func (export "host") (call $fail)))
        """);

    private static WasmRuntime Start(EngineKind engine, out ModuleInstance instance)
    {
        var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
        runtime.NewHostModuleBuilder("env").WithFunction("fail", () => throw new FormatException("bad input")).Instantiate();
        instance = runtime.Instantiate(Guest, ModuleConfig.Default.WithName("app"));
        return runtime;
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void ToStringLeadsWithTheMessageAndTheWasmTrace(EngineKind engine)
    {
        using var runtime = Start(engine, out var instance);
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetAction("outer")!());
        string[] lines = trap.ToString().Split('\n');
        Assert.Equal("Plumb.WasmTrapException (Unreachable): unreachable", lines[0]);
        Assert.StartsWith("  at app.inner (func[1])", lines[1]);
        Assert.StartsWith("  at app.middle (func[2])", lines[2]);
        Assert.StartsWith("  at app.outer (func[3])", lines[3]);
        Assert.Equal(".NET stack trace:", lines[4]);
        Assert.Equal(3, trap.WasmStackTrace.Count);
    }

    [Fact]
    public void BothEnginesGiveTheOffsetOfEachCallSiteAndOfTheTrap()
    {
        var offsets = new Dictionary<EngineKind, long[]>();
        foreach (var engine in global::Plumb.Tests.Engines.PlumbEngines.All)
        {
            using var runtime = Start(engine, out var instance);
            var trap = Assert.Throws<WasmTrapException>(() => instance.GetAction("outer")!());
            offsets[engine] = [.. trap.WasmStackTrace.Select(f => f.Offset)];
            string[] lines = trap.ToString().Split('\n');
            Assert.EndsWith($"@0x{offsets[engine][2]:x}", lines[3]);
        }
        var interpreter = offsets[EngineKind.Interpreter];
        var compiler = offsets[EngineKind.Compiler];
        // The call in outer follows its nop, and outer's body follows middle's, which follows inner's.
        Assert.True(interpreter[1] > 0 && interpreter[2] > interpreter[1], string.Join(" ", interpreter));
        Assert.Equal(interpreter, compiler);
        // The trapping instruction (TrapOffsetTests checks it on every kind of trap).
        Assert.InRange(compiler[0], 1, compiler[1] - 1);
    }

    [Fact]
    public void TheCompilerGivesTheOffsetOfAFaultingLoadAndOfEachRecursiveCall()
    {
        var module = Wat.ToBinary("""
            (module
              (memory 1)
              (func $down (export "down") (param i32) (result i32)
                (if (result i32) (local.get 0)
                  (then (call $down (i32.sub (local.get 0) (i32.const 1))))
                  (else (i32.load (i32.const 65536))))))
            """);
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Compiler));
        var trap = Assert.Throws<WasmTrapException>(() => runtime.Instantiate(module).GetFunction<int, int>("down")!(3));
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, trap.Kind);
        var frames = trap.WasmStackTrace;
        Assert.Equal(4, frames.Count);
        Assert.All(frames.Skip(1), f => Assert.Equal(frames[1].Offset, f.Offset));
        Assert.True(frames[0].Offset > frames[1].Offset, $"{frames[0].Offset} {frames[1].Offset}");
        // The offset is the load's own (the access carries it to the trap, nothing is stored before it).
        Assert.Equal(0x28, module[frames[0].Offset]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheCompilerGivesTheOffsetOfTheLoopThatRanOutOfFuelOrWasCancelled(bool cancel)
    {
        var module = Wat.ToBinary("""
            (module
              (func $spin (loop $again (br $again)))
              (func (export "run") (nop) (call $spin)))
            """);
        var config = RuntimeConfig.Default.WithEngine(EngineKind.Compiler);
        using var runtime = WasmRuntime.Create(cancel ? config : config.WithFuel(1000));
        var run = runtime.Instantiate(module).GetFunction("run")!;
        using var source = new CancellationTokenSource();
        if (cancel)
        {
            source.CancelAfter(50);
        }
        var trap = Assert.Throws<WasmTrapException>(() => run.Call(source.Token));
        Assert.Equal(cancel ? TrapKind.Cancelled : TrapKind.FuelExhausted, trap.Kind);
        var frames = trap.WasmStackTrace;
        Assert.Equal(2, frames.Count);
        Assert.Equal(0x03, module[frames[0].Offset]);
        Assert.Equal(0x10, module[frames[1].Offset]);
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void AHostFrameIsMarkedAndTheInnerExceptionFollowsTheTrace(EngineKind engine)
    {
        using var runtime = Start(engine, out var instance);
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetAction("host")!());
        string[] lines = trap.ToString().Split('\n');
        Assert.Equal("Plumb.WasmTrapException (Host): host function failed in env.fail: FormatException: bad input", lines[0]);
        Assert.Equal("  at env.fail (host)", lines[1]);
        Assert.StartsWith("  at app.host (func[4])", lines[2]);
        Assert.StartsWith(" ---> System.FormatException: bad input", lines[3]);
        int inner = Array.FindIndex(lines, l => l.StartsWith(" ---> ", StringComparison.Ordinal));
        int dotnet = Array.IndexOf(lines, ".NET stack trace:");
        Assert.True(inner < dotnet, trap.ToString());
    }
}
