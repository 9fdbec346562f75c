using Plumb.Text.Wast;

namespace Plumb.Text.Tests.Wast;

public class WastParserTests
{
    private const string Script = """
        (module $M (func (export "f") (param i32) (result i32) (local.get 0)))
        (register "m" $M)
        (module binary "\00asm" "\01\00\00\00")
        (module quote "(func" " (nop))")
        (invoke $M "f" (i32.const -1))
        (get "g")
        (assert_return (invoke "f" (i64.const 1) (f32.const -0x1p-1) (f64.const nan:0x1) (ref.null extern) (ref.extern 7))
          (f32.const nan:canonical) (f64.const nan:arithmetic) (ref.extern) (ref.func) (ref.null func) (i32.const 0xffffffff))
        (assert_return (invoke "v") (v128.const i16x8 -1 2 3 4 5 6 7 8) (v128.const f32x4 nan:canonical 1 2 3))
        (assert_return_canonical_nan (invoke "n"))
        (assert_trap (invoke "t") "unreachable")
        (assert_trap (module (func $s unreachable) (start $s)) "unreachable")
        (assert_exhaustion (invoke "r") "call stack exhausted")
        (assert_invalid (module (func (br 1))) "unknown label")
        (assert_invalid (module (func (br $undefined))) "unknown label")
        (assert_malformed (module quote "(func (i32.const0))") "unknown operator")
        (assert_unlinkable (module (import "x" "y" (func))) "unknown import")
        """;

    [Fact]
    public void ReadsEveryCommandKind()
    {
        var script = WastParser.Parse(Script, "all.wast");
        var c = script.Commands;
        Assert.Equal(16, c.Count);

        var module = Assert.IsType<ModuleCommand>(c[0]).Module;
        Assert.Equal((WastModuleKind.Text, "$M", 1), (module.Kind, module.Name, module.Line));
        Assert.Equal(Wat.ToBinary(module.Source!), module.Bytes);

        Assert.Equal(new RegisterCommand(2, "m", "$M"), c[1]);
        Assert.Equal("\0asm\u0001\0\0\0"u8.ToArray(), Assert.IsType<ModuleCommand>(c[2]).Module.Bytes);
        var quote = Assert.IsType<ModuleCommand>(c[3]).Module;
        Assert.Equal((WastModuleKind.Quote, "(func  (nop))"), (quote.Kind, quote.Source));

        var invoke = Assert.IsType<InvokeAction>(Assert.IsType<ActionCommand>(c[4]).Action);
        Assert.Equal(("$M", "f"), (invoke.ModuleName, invoke.Field));
        Assert.Equal(new WastValue(ValType.I32, 0xFFFF_FFFF), invoke.Args[0]);
        Assert.IsType<GetAction>(Assert.IsType<ActionCommand>(c[5]).Action);

        var ret = Assert.IsType<AssertReturn>(c[6]);
        var args = ((InvokeAction)ret.Action).Args;
        Assert.Equal(
            [new WastValue(ValType.I64, 1), new WastValue(ValType.F32, 0xBF00_0000), new WastValue(ValType.F64, 0x7FF0_0000_0000_0001),
             new WastValue(ValType.ExternRef, 0, IsNull: true), new WastValue(ValType.ExternRef, 7)],
            args);
        Assert.Equal(
            [new ExpectedNan(ValType.F32, NanKind.Canonical), new ExpectedNan(ValType.F64, NanKind.Arithmetic),
             new ExpectedAnyRef(ValType.ExternRef), new ExpectedAnyRef(ValType.FuncRef),
             new ExpectedValue(new WastValue(ValType.FuncRef, 0, IsNull: true)), new ExpectedValue(new WastValue(ValType.I32, 0xFFFF_FFFF))],
            ret.Expected);

        var vectors = Assert.IsType<AssertReturn>(c[7]).Expected;
        Assert.Equal(new ExpectedValue(new WastValue(ValType.V128, 0x0004_0003_0002_FFFF, 0x0008_0007_0006_0005)), vectors[0]);
        var lanes = Assert.IsType<ExpectedV128>(vectors[1]);
        Assert.Equal("f32x4", lanes.Shape);
        Assert.Equal(new ExpectedNan(ValType.F32, NanKind.Canonical), lanes.Lanes[0]);
        Assert.Equal(new ExpectedValue(new WastValue(ValType.F32, 0x3F80_0000)), lanes.Lanes[1]);

        Assert.Equal([new ExpectedUntypedNan(NanKind.Canonical)], Assert.IsType<AssertReturn>(c[8]).Expected);
        Assert.Equal("unreachable", Assert.IsType<AssertTrap>(c[9]).Message);
        Assert.NotNull(Assert.IsType<AssertModuleTrap>(c[10]).Module.Bytes);
        Assert.IsType<AssertExhaustion>(c[11]);
        Assert.NotNull(Assert.IsType<AssertInvalid>(c[12]).Module.Bytes);

        // A text module that does not parse fails its own command only: it keeps its source, without bytes.
        var unparsed = Assert.IsType<AssertInvalid>(c[13]).Module;
        Assert.Null(unparsed.Bytes);
        Assert.StartsWith("unknown label", Assert.Throws<WatSyntaxException>(() => Wat.ToBinary(unparsed.Source!)).Message);

        Assert.Equal("unknown operator", Assert.IsType<AssertMalformed>(c[14]).Message);
        Assert.IsType<AssertUnlinkable>(c[15]);
    }

    [Fact]
    public void ScriptOfModuleFieldsIsOneModule()
    {
        var script = WastParser.Parse("(func) (memory 0) (func (export \"f\"))", "inline.wast");
        var module = Assert.IsType<ModuleCommand>(Assert.Single(script.Commands)).Module;
        Assert.NotNull(module.Bytes);
    }

    [Theory]
    [InlineData("(assert_return)")]
    [InlineData("(frobnicate)")]
    [InlineData("nop")]
    [InlineData("(assert_trap (invoke \"f\"))")]
    [InlineData("(invoke \"f\" (i32.const 1.5))")]
    public void MalformedScriptsAreSyntaxErrors(string text) =>
        Assert.Throws<WatSyntaxException>(() => WastParser.Parse(text, "bad.wast"));
}
