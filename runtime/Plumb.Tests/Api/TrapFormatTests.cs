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
    public void TheInterpreterGivesTheOffsetOfEachCallSite()
    {
        using var runtime = Start(EngineKind.Interpreter, out var instance);
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetAction("outer")!());
        // The call in outer follows its nop: one byte further into its body than the call in middle.
        long middle = trap.WasmStackTrace[1].Offset, outer = trap.WasmStackTrace[2].Offset;
        Assert.True(middle > 0 && outer > middle, $"{middle} {outer}");
        Assert.EndsWith($"@0x{outer:x}", trap.ToString().Split('\n')[3]);
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
