using Plumb.Harness.Engines;
using Plumb.Text.Wast;

namespace Plumb.Harness.Tests;

/// <summary>
/// The harness cannot pass what it should fail: a script with planted wrong expectations must
/// fail exactly at the planted lines, and nowhere else, on the known-good engines (Wasmtime, V8
/// through the process protocol) and on Plumb's interpreter, whose messages are compared exactly.
/// </summary>
public class ScriptRunnerTests
{
    private const string Wat = """
        (module
          (import "spectest" "print_i32" (func $print (param i32)))
          (import "spectest" "global_i32" (global $g i32))
          (memory (export "mem") 1)
          (global (export "answer") i32 (i32.const 42))
          (func (export "add") (param i32 i32) (result i32) (local.get 0) (local.get 1) (i32.add))
          (func (export "div") (param i32 i32) (result i32) (local.get 0) (local.get 1) (i32.div_s))
          (func (export "nan") (result f32) (f32.div (f32.const 0) (f32.const 0)))
          (func (export "f64id") (param f64) (result f64) (local.get 0))
          (func (export "two") (result i32 i64) (i32.const 1) (i64.const -2))
          (func (export "splat") (param i32) (result v128) (i32x4.splat (local.get 0)))
          (func (export "ext") (param externref) (result externref) (local.get 0))
          (func (export "null") (result funcref) (ref.null func))
          (func $loop (export "loop") (call $loop))
          (func (export "hostg") (result i32) (global.get $g))
          (func (export "print") (call $print (i32.const 1)))
        )
        """;

    private static WastValue I32(int v) => new(ValType.I32, (uint)v);
    private static WastValue I64(long v) => new(ValType.I64, (ulong)v);
    private static ExpectedValue Is(WastValue v) => new(v);
    private static WastModule Text(string wat) => new(WastModuleKind.Text, null, Wasmtime.Module.ConvertText(wat), null, 1);
    private static WastModule Bin(params byte[] bytes) => new(WastModuleKind.Binary, null, bytes, null, 1);
    private static InvokeAction Call(int line, string name, params WastValue[] args) => new(line, null, name, args);

    /// <summary>Line number → whether the command is planted to fail.</summary>
    private static (WastScript Script, int[] Planted) PlantedScript()
    {
        var commands = new List<WastCommand>();
        var planted = new List<int>();
        int line = 0;
        void Ok(WastCommand c) => commands.Add(c);
        void Bad(WastCommand c) { commands.Add(c); planted.Add(c.Line); }

        Ok(new ModuleCommand(++line, Text(Wat) with { Name = "$m" }));
        Ok(new AssertReturn(++line, Call(line, "add", I32(1), I32(2)), [Is(I32(3))]));
        Bad(new AssertReturn(++line, Call(line, "add", I32(1), I32(2)), [Is(I32(4))]));
        Bad(new AssertReturn(++line, Call(line, "add", I32(1), I32(2)), []));
        Ok(new AssertTrap(++line, Call(line, "div", I32(1), I32(0)), "integer divide by zero"));
        Bad(new AssertTrap(++line, Call(line, "div", I32(4), I32(2)), "integer divide by zero"));
        Bad(new AssertReturn(++line, Call(line, "div", I32(1), I32(0)), [Is(I32(0))]));
        Ok(new AssertReturn(++line, Call(line, "nan"), [new ExpectedNan(ValType.F32, NanKind.Arithmetic)]));
        Bad(new AssertReturn(++line, Call(line, "nan"), [Is(new WastValue(ValType.F32, 0))]));
        // An f64 NaN with a payload passes through unchanged: it matches its own bits, not canonical.
        var payload = new WastValue(ValType.F64, 0x7FF0_0000_0000_0001);
        Ok(new AssertReturn(++line, Call(line, "f64id", payload), [Is(payload)]));
        Bad(new AssertReturn(++line, Call(line, "f64id", payload), [new ExpectedNan(ValType.F64, NanKind.Canonical)]));
        Ok(new AssertReturn(++line, Call(line, "two"), [Is(I32(1)), Is(I64(-2))]));
        Bad(new AssertReturn(++line, Call(line, "two"), [Is(I32(1)), Is(I64(2))]));
        Ok(new AssertReturn(++line, Call(line, "splat", I32(7)), [new ExpectedV128("i32x4", [Is(I32(7)), Is(I32(7)), Is(I32(7)), Is(I32(7))])]));
        Ok(new AssertReturn(++line, Call(line, "splat", I32(7)), [new ExpectedV128("i64x2", [Is(I64(0x7_0000_0007)), Is(I64(0x7_0000_0007))])]));
        Bad(new AssertReturn(++line, Call(line, "splat", I32(7)), [new ExpectedV128("i32x4", [Is(I32(7)), Is(I32(7)), Is(I32(8)), Is(I32(7))])]));
        var ext = new WastValue(ValType.ExternRef, 5);
        Ok(new AssertReturn(++line, Call(line, "ext", ext), [Is(ext)]));
        Bad(new AssertReturn(++line, Call(line, "ext", ext), [Is(new WastValue(ValType.ExternRef, 6))]));
        Ok(new AssertReturn(++line, Call(line, "ext", new WastValue(ValType.ExternRef, 0, IsNull: true)), [Is(new WastValue(ValType.ExternRef, 0, IsNull: true))]));
        Ok(new AssertReturn(++line, Call(line, "null"), [Is(new WastValue(ValType.FuncRef, 0, IsNull: true))]));
        Bad(new AssertReturn(++line, Call(line, "null"), [new ExpectedAnyRef(ValType.FuncRef)]));
        Ok(new AssertExhaustion(++line, Call(line, "loop"), "call stack exhausted"));
        Bad(new AssertExhaustion(++line, Call(line, "add", I32(0), I32(0)), "call stack exhausted"));
        Ok(new AssertReturn(++line, new GetAction(line, null, "answer"), [Is(I32(42))]));
        Bad(new AssertReturn(++line, new GetAction(line, "$m", "answer"), [Is(I32(43))]));
        Ok(new AssertReturn(++line, Call(line, "hostg"), [Is(I32(666))]));
        Ok(new ActionCommand(++line, Call(line, "print")));
        Bad(new ActionCommand(++line, Call(line, "div", I32(1), I32(0))));
        Bad(new ActionCommand(++line, Call(line, "no such export")));

        Ok(new RegisterCommand(++line, "M", "$m"));
        Ok(new ModuleCommand(++line, Text("""(module (import "M" "add" (func (param i32 i32) (result i32))) (func (export "use") (result i32) (call 0 (i32.const 2) (i32.const 3))))""")));
        Ok(new AssertReturn(++line, Call(line, "use"), [Is(I32(5))]));
        Ok(new AssertUnlinkable(++line, Text("""(module (import "M" "missing" (func)))"""), "unknown import"));
        Bad(new AssertUnlinkable(++line, Text("""(module (import "M" "add" (func (param i32 i32) (result i32))))"""), "unknown import"));
        Ok(new AssertInvalid(++line, Text("""(module (func (result i32) (i64.const 0)))"""), "type mismatch"));
        Bad(new AssertInvalid(++line, Text("""(module (func (result i32) (i32.const 0)))"""), "type mismatch"));
        Ok(new AssertMalformed(++line, Bin(0x00, 0x61, 0x73, 0x6D, 0x01), "unexpected end"));
        Bad(new AssertMalformed(++line, Bin(0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00), "unexpected end"));
        Ok(new AssertModuleTrap(++line, Text("""(module (func $s unreachable) (start $s))"""), "unreachable"));
        Bad(new AssertModuleTrap(++line, Text("""(module (func $s nop) (start $s))"""), "unreachable"));
        Bad(new ModuleCommand(++line, Text("""(module (func $s unreachable) (start $s))""")));
        // The current module failed: an action on it fails, naming the module's line.
        Bad(new AssertReturn(++line, Call(line, "use"), [Is(I32(5))]));
        Ok(new AssertReturn(++line, Call(line, "add", I32(2), I32(2)) with { ModuleName = "$m" }, [Is(I32(4))]));
        return (new WastScript("planted.wast", commands), [.. planted]);
    }

    /// <summary>The V8 adapter through the process protocol: node is installed by scripts/install-tools.sh.</summary>
    internal static string NodeEngine =>
        $"process:node \"{Path.Combine(Suites.RepositoryRoot()!, "harness", "engines", "node-engine.js")}\"";

    [Theory]
    [InlineData("wasmtime")]
    [InlineData("node")]
    [InlineData("interpreter")]
    public void PlantedWrongExpectationsFailExactlyWhereTheyArePlanted(string engineName)
    {
        var (script, planted) = PlantedScript();
        var results = new List<CommandResult>();
        using (var engine = EngineRegistry.Create(engineName == "node" ? NodeEngine : engineName, Suites.Options("wg-2.0")))
            new ScriptRunner(engine, _ => throw new InvalidOperationException("no quote modules here"), results.Add).Run(script);

        Assert.Equal(script.Commands.Count, results.Count);
        var failed = results.Where(r => r.Status == CommandStatus.Failed).Select(r => r.Line).ToArray();
        Assert.True(planted.SequenceEqual(failed), string.Join("\n", results.Where(r => r.Status == CommandStatus.Failed).Select(r => $"{r.Line} {r.Command}: {r.Expected} / {r.Actual}")));
        Assert.DoesNotContain(results, r => r.Status == CommandStatus.Skipped);
    }

    [Fact]
    public void FailureReportsSayWhatWasExpectedAndWhatHappened()
    {
        var (script, _) = PlantedScript();
        var results = new List<CommandResult>();
        using (var engine = new WasmtimeEngine(Suites.Options("wg-2.0")))
            new ScriptRunner(engine, _ => throw new InvalidOperationException(), results.Add).Run(script);

        var wrongSum = results[2];
        Assert.Equal("assert_return invoke \"add\"", wrongSum.Command);
        Assert.Equal("(i32.const 4)", wrongSum.Expected);
        Assert.Equal("(i32.const 3)", wrongSum.Actual);
        var noTrap = results[5];
        Assert.Equal("trap: integer divide by zero", noTrap.Expected);
        Assert.Equal("(i32.const 2)", noTrap.Actual);
    }

    [Fact]
    public void QuotedModulesAreJudgedByTheTextParserForEveryEngine()
    {
        var module = new WastModule(WastModuleKind.Quote, null, null, "(module (func (i32.const 0x1_0000_0000)))", 1);
        var script = new WastScript("quote.wast",
        [
            new AssertMalformed(1, module, "constant out of range"),
            new AssertMalformed(2, module, "unknown operator"),
            new AssertMalformed(3, module with { Source = "(module)" }, "unexpected token"),
        ]);
        byte[] Compile(string text) => text == "(module)"
            ? [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]
            : throw new WasmMalformedException("constant out of range", -1);
        var results = new List<CommandResult>();
        using (var engine = new WasmtimeEngine(Suites.Options("wg-2.0")))
            new ScriptRunner(engine, Compile, results.Add).Run(script);

        // The parser's message must match exactly even though Wasmtime is compared loosely.
        Assert.Equal([CommandStatus.Passed, CommandStatus.Failed, CommandStatus.Failed], results.Select(r => r.Status));
    }
}
