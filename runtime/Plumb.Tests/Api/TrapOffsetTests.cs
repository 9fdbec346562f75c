using Plumb.Binary;
using Plumb.Instructions;
using Plumb.Text;

namespace Plumb.Tests.Api;

/// <summary>
/// The innermost frame of a trap's Wasm stack trace names the byte offset of the instruction that trapped, the same on
/// both engines: the compiler records it at the trapping call out, the interpreter maps the op that raised the trap back
/// through its translation's side table, fused ops included (runtime/RATIONALE.md, "What does a trap print?").
/// </summary>
public class TrapOffsetTests
{
    /// <summary>A module whose export "run" traps at the <paramref name="Nth"/> <paramref name="At"/> (a mnemonic) of its code when called with <paramref name="Args"/>.</summary>
    public sealed record Case(string Name, string Module, object[] Args, TrapKind Kind, string At, int Nth = 0)
    {
        public override string ToString() => Name;
    }

    private const string Memory = "(memory 1)";

    public static TheoryData<Case> Cases() =>
    [
        new("unreachable", "(func (export \"run\") (nop) (unreachable))", [], TrapKind.Unreachable, "unreachable"),
        new("i32.div_s by zero", "(func (export \"run\") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))",
            [1, 0], TrapKind.IntegerDivideByZero, "i32.div_s"),
        new("i32.rem_u by a constant zero", "(func (export \"run\") (param i32) (result i32) (i32.rem_u (local.get 0) (i32.const 0)))",
            [1], TrapKind.IntegerDivideByZero, "i32.rem_u"),
        new("i64.div_s overflow", "(func (export \"run\") (param i64 i64) (result i64) (i64.div_s (local.get 0) (local.get 1)))",
            [long.MinValue, -1L], TrapKind.IntegerOverflow, "i64.div_s"),
        new("i32.trunc_f32_s of NaN", "(func (export \"run\") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))",
            [float.NaN], TrapKind.InvalidConversionToInteger, "i32.trunc_f32_s"),
        new("i64.trunc_f64_u overflow", "(func (export \"run\") (param f64) (result i64) (i64.trunc_f64_u (local.get 0)))",
            [1e30], TrapKind.IntegerOverflow, "i64.trunc_f64_u"),
        new("i32.load", Memory + "(func (export \"run\") (param i32) (result i32) (i32.load (local.get 0)))",
            [65534], TrapKind.OutOfBoundsMemoryAccess, "i32.load"),
        new("i32.load through an added constant", Memory + "(func (export \"run\") (param i32) (result i32) (i32.load offset=4 (i32.add (local.get 0) (i32.const 8))))",
            [65524], TrapKind.OutOfBoundsMemoryAccess, "i32.load"),
        new("i32.store16 through an added slot", Memory + "(func (export \"run\") (param i32 i32) (i32.store16 (i32.add (local.get 0) (local.get 1)) (local.get 0)))",
            [65535, 0], TrapKind.OutOfBoundsMemoryAccess, "i32.store16"),
        new("i64.store of a constant through an added constant", Memory + "(func (export \"run\") (param i32) (i64.store (i32.add (local.get 0) (i32.const 16)) (i64.const 5)))",
            [65520], TrapKind.OutOfBoundsMemoryAccess, "i64.store"),
        new("a store whose address is added before its value is loaded", Memory + "(func (export \"run\") (param i32 i32) (i32.store (i32.add (local.get 0) (i32.const 4)) (i32.load (local.get 1))))",
            [65532, 0], TrapKind.OutOfBoundsMemoryAccess, "i32.store"),
        new("the load before that store", Memory + "(func (export \"run\") (param i32 i32) (i32.store (i32.add (local.get 0) (i32.const 4)) (i32.load (local.get 1))))",
            [0, 65534], TrapKind.OutOfBoundsMemoryAccess, "i32.load"),
        new("an operator with a loaded operand", Memory + "(func (export \"run\") (param i32 i32) (result i32) (i32.add (local.get 0) (i32.load (local.get 1))))",
            [1, 65534], TrapKind.OutOfBoundsMemoryAccess, "i32.load"),
        new("an update in place", Memory + "(func (export \"run\") (param i32 i32) (i32.store (local.get 0) (i32.add (local.get 1) (i32.load (local.get 0)))))",
            [65534, 1], TrapKind.OutOfBoundsMemoryAccess, "i32.load"),
        new("a fused multiply-add's first load", Memory + MultiplyAdd, [0, 65530, 2.0], TrapKind.OutOfBoundsMemoryAccess, "f64.load", 0),
        new("a fused multiply-add's second load", Memory + MultiplyAdd, [65530, 0, 2.0], TrapKind.OutOfBoundsMemoryAccess, "f64.load", 1),
        new("a fused multiply-add's two loads", Memory + MultiplyAdd, [65530, 65530, 2.0], TrapKind.OutOfBoundsMemoryAccess, "f64.load", 0),
        new("call_indirect past the table", CallIndirect, [5], TrapKind.UndefinedElement, "call_indirect"),
        new("call_indirect of a null entry", CallIndirect, [1], TrapKind.UninitializedElement, "call_indirect"),
        new("call_indirect of the wrong type", CallIndirect, [0], TrapKind.IndirectCallTypeMismatch, "call_indirect"),
        new("table.get past the table", "(table 1 funcref) (func (export \"run\") (param i32) (result funcref) (table.get 0 (local.get 0)))",
            [3], TrapKind.OutOfBoundsTableAccess, "table.get"),
        new("memory.fill past the memory", Memory + "(func (export \"run\") (param i32) (memory.fill (local.get 0) (i32.const 0) (i32.const 16)))",
            [65530], TrapKind.OutOfBoundsMemoryAccess, "memory.fill"),
        new("v128.load past the memory", Memory + "(func (export \"run\") (param i32) (result v128) (v128.load (local.get 0)))",
            [65530], TrapKind.OutOfBoundsMemoryAccess, "v128.load"),
        new("a trap in a callee", Memory + "(func $load (param i32) (result i32) (i32.load (local.get 0))) (func (export \"run\") (param i32) (result i32) (call $load (local.get 0)))",
            [65534], TrapKind.OutOfBoundsMemoryAccess, "i32.load"),
    ];

    // y[i] += a * x[i]: the interpreter fuses it into one op that checks both loads at once.
    private const string MultiplyAdd = """
        (func (export "run") (param i32 i32 f64)
          (f64.store (local.get 0) (f64.add (f64.mul (local.get 2) (f64.load (local.get 1))) (f64.load (local.get 0)))))
        """;

    private const string CallIndirect = """
        (type $t (func (result i32)))
        (table 2 funcref) (elem (i32.const 0) $f)
        (func $f)
        (func (export "run") (param i32) (result i32) (call_indirect (type $t) (local.get 0)))
        """;

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheInnermostFrameNamesTheTrappingInstructionOnBothEngines(Case @case)
    {
        var binary = Wat.ToBinary("(module " + @case.Module + ")");
        var code = ModuleReader.Read(binary).Codes.SelectMany(body => body.Code);
        long expected = code.Where(i => InstructionTable.Get(i.Opcode).Mnemonic == @case.At).ElementAt(@case.Nth).Offset;
        foreach (var engine in global::Plumb.Tests.Engines.PlumbEngines.All)
        {
            using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
            var run = runtime.Instantiate(binary).GetFunction("run")!;
            var trap = Assert.Throws<WasmTrapException>(() => run.Call(@case.Args));
            Assert.Equal(@case.Kind, trap.Kind);
            Assert.True(expected == trap.WasmStackTrace[0].Offset, $"{engine}: expected 0x{expected:x}, got {trap}");
            Assert.EndsWith($"@0x{expected:x}", trap.FormatWithWasmStackTrace().Split('\n')[1]);
        }
    }

    [Theory]
    [InlineData("(loop $l (local.set 0 (i32.add (local.get 0) (i32.const 1))) (br_if $l (i32.lt_u (local.get 0) (i32.const 1000000))))")]
    [InlineData("(loop $l (local.set 0 (i32.add (local.get 0) (i32.const 1))) (br $l))")]
    [InlineData("(block $out (loop $l (local.set 0 (i32.add (local.get 0) (i32.const 1))) (br_table $l $out (i32.const 0))))")]
    public void FuelRunsOutAtTheLoopOnBothEngines(string loop)
    {
        var binary = Wat.ToBinary($"(module (func (export \"run\") (local i32) {loop}))");
        long expected = ModuleReader.Read(binary).Codes[0].Code.Single(i => i.Opcode == Opcode.Loop).Offset;
        foreach (var engine in global::Plumb.Tests.Engines.PlumbEngines.All)
        {
            using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine).WithFuel(1000));
            var trap = Assert.Throws<WasmTrapException>(() => runtime.Instantiate(binary).GetAction("run")!());
            Assert.Equal(TrapKind.FuelExhausted, trap.Kind);
            Assert.True(expected == trap.WasmStackTrace[0].Offset, $"{engine}: expected 0x{expected:x}, got {trap}");
        }
    }

    [Fact]
    public void TheWasmFrameUnderAHostFrameIsAtItsCall()
    {
        var binary = Wat.ToBinary("""
            (module
              (import "env" "fail" (func $fail (param i32)))
              (func (export "run") (nop) (call $fail (i32.const 1))))
            """);
        long call = ModuleReader.Read(binary).Codes[0].Code.Single(i => i.Opcode == Opcode.Call).Offset;
        foreach (var engine in global::Plumb.Tests.Engines.PlumbEngines.All)
        {
            using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
            runtime.NewHostModuleBuilder("env").WithFunction("fail", (int _) => throw new FormatException("bad input")).Instantiate();
            var trap = Assert.Throws<WasmTrapException>(() => runtime.Instantiate(binary).GetAction("run")!());
            Assert.True(trap.WasmStackTrace[0].IsHost, trap.ToString());
            Assert.True(call == trap.WasmStackTrace[1].Offset, $"{engine}: expected 0x{call:x}, got {trap}");
        }
    }
}
