using Plumb.Binary;

namespace Plumb.Text.Tests.Parsing;

/// <summary>Each abbreviation of https://webassembly.github.io/spec/core/text/ parses to the same module as its expansion.</summary>
public class AbbreviationTests
{
    public static TheoryData<string, string, string> Equivalences => new()
    {
        { "module fields without (module)", "(func)", "(module (type (func)) (func (type 0)))" },
        { "inline export", "(func (export \"f\"))", "(type (func)) (func $f (type 0)) (export \"f\" (func $f))" },
        { "inline import", "(func $f (import \"m\" \"n\") (param i32))", "(type (func (param i32))) (import \"m\" \"n\" (func $f (type 0)))" },
        { "inline table import", "(table (export \"t\") (import \"m\" \"t\") 1 funcref)", "(import \"m\" \"t\" (table $t 1 funcref)) (export \"t\" (table $t))" },
        { "inline memory import", "(memory (import \"m\" \"mem\") 1 2)", "(import \"m\" \"mem\" (memory 1 2))" },
        { "inline global import", "(global (import \"m\" \"g\") (mut i32))", "(import \"m\" \"g\" (global (mut i32)))" },
        { "implicit types follow explicit ones", "(func (param i64)) (type (func))", "(type (func)) (type (func (param i64))) (func (type 1))" },
        { "inline type reuses an equal type", "(type (func (param i32))) (func (param i32))", "(type (func (param i32))) (func (type 0))" },
        { "type with matching inline signature", "(type $t (func (param i32))) (func (type $t) (param $x i32) (local.get $x) drop)", "(type (func (param i32))) (func (type 0) (local.get 0) drop)" },
        { "named params and locals", "(func (param $a i32) (param i64) (local $b f32) (local f64 f64) (local.get $a) drop (local.get $b) drop)", "(func (param i32 i64) (local f32 f64 f64) (local.get 0) drop (local.get 2) drop)" },
        { "table with inline elements", "(table funcref (elem $f $f)) (func $f)", "(table 2 2 funcref) (elem (table 0) (offset (i32.const 0)) func 0 0) (func)" },
        { "memory with inline data", "(memory (data \"ab\" \"c\"))", "(memory 1 1) (data (memory 0) (offset (i32.const 0)) \"abc\")" },
        { "empty inline data", "(memory (data))", "(memory 0 0) (data (memory 0) (i32.const 0))" },
        { "offset abbreviation", "(memory 1) (data (i32.const 8) \"x\")", "(memory 1) (data (memory 0) (offset (i32.const 8)) \"x\")" },
        { "1.0 element segment", "(table 1 funcref) (func $f) (elem (i32.const 0) $f)", "(table 1 funcref) (func $f) (elem (table 0) (offset (i32.const 0)) func $f)" },
        { "1.0 element segment naming its table", "(table $t 1 funcref) (func $f) (elem $t (i32.const 0) $f)", "(table 1 funcref) (func $f) (elem (table 0) (i32.const 0) func $f)" },
        { "element item abbreviation", "(elem funcref (ref.null func) (item ref.null func))", "(elem funcref (item (ref.null func)) (item (ref.null func)))" },
        { "folded and plain instructions", "(func (result i32) (i32.add (i32.const 1) (i32.const 2)))", "(func (result i32) i32.const 1 i32.const 2 i32.add)" },
        { "folded if", "(func (if (i32.const 1) (then nop) (else unreachable)))", "(func i32.const 1 if nop else unreachable end)" },
        { "labels resolve innermost first", "(func (block $a (block $b (br $a) (br $b))))", "(func (block (block (br 1) (br 0))))" },
        { "shadowed label", "(func (block $l (block $l (br $l))))", "(func (block (block (br 0))))" },
        { "end and else repeat the label", "(func block $l end $l i32.const 0 if $m else $m end $m)", "(func block end i32.const 0 if else end)" },
        { "single-result block type", "(func (block (result i32) (i32.const 0)) drop)", "(func (block (result i32) i32.const 0) drop)" },
        { "multi-value block type is an implicit type", "(func (block (result i32 i32) (i32.const 0) (i32.const 0)) drop drop)", "(type (func)) (type (func (result i32 i32))) (func (type 0) (block (type 1) (i32.const 0) (i32.const 0)) drop drop)" },
        { "call_indirect without table", "(table 1 funcref) (func (call_indirect (param i32) (i32.const 0) (i32.const 0)))", "(type (func)) (type (func (param i32))) (table 1 funcref) (func (type 0) (call_indirect 0 (type 1) (i32.const 0) (i32.const 0)))" },
        { "memarg defaults to natural alignment", "(memory 1) (func (drop (i64.load (i32.const 0))))", "(memory 1) (func (drop (i64.load offset=0 align=8 (i32.const 0))))" },
        { "table instructions default to table 0", "(table 1 funcref) (func (drop (table.size)))", "(table 1 funcref) (func (drop (table.size 0)))" },
        { "table.init with one index", "(table 1 funcref) (elem funcref) (func (table.init 0 (i32.const 0) (i32.const 0) (i32.const 0)))", "(table 1 funcref) (elem funcref) (func (table.init 0 0 (i32.const 0) (i32.const 0) (i32.const 0)))" },
        { "table.copy without indices", "(table 1 funcref) (func (table.copy (i32.const 0) (i32.const 0) (i32.const 0)))", "(table 1 funcref) (func (table.copy 0 0 (i32.const 0) (i32.const 0) (i32.const 0)))" },
        { "numeric literal forms", "(global i32 (i32.const 0x0_1)) (global i32 (i32.const 0xffff_ffff))", "(global i32 (i32.const 1)) (global i32 (i32.const -1))" },
        { "v128 lane shapes", "(global v128 (v128.const i8x16 1 0 0 0 2 0 0 0 3 0 0 0 4 0 0 0))", "(global v128 (v128.const i32x4 1 2 3 4))" },
        { "v128 float lanes", "(global v128 (v128.const f32x4 1 -0 inf nan))", "(global v128 (v128.const i32x4 0x3f800000 0x80000000 0x7f800000 0x7fc00000))" },
    };

    [Theory]
    [MemberData(nameof(Equivalences))]
    public void AbbreviationEqualsItsExpansion(string name, string abbreviated, string expanded)
    {
        // Ids are names (the name section), not meaning: the two sides may name things differently.
        var difference = ModuleComparer.Difference(Wat.Parse(abbreviated) with { Names = null }, Wat.Parse(expanded) with { Names = null });
        Assert.True(difference is null, $"{name}: {difference}");
    }

    [Fact]
    public void TypedSelectUsesTheSelectTOpcode()
    {
        var module = Wat.Parse("(func (result i32) (select (result i32) (i32.const 1) (i32.const 2) (i32.const 0)))");
        var select = module.Codes[0].Code[3];
        Assert.Equal(Plumb.Instructions.Opcode.SelectT, select.Opcode);
        Assert.Equal([(uint)ValType.I32], module.Codes[0].Vectors.Skip((int)select.A).Take((int)select.B));
    }

    [Fact]
    public void DataCountIsEmittedOnlyWhenADataIndexIsUsed()
    {
        Assert.Null(Wat.Parse("(memory 1) (data \"a\")").DataCount);
        Assert.Equal(1u, Wat.Parse("(memory 1) (data \"a\") (func (data.drop 0))").DataCount);
    }

    [Fact]
    public void ToBinaryEncodesTheModule()
    {
        byte[] bytes = Wat.ToBinary("(module)");
        Assert.Equal([0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00], bytes);
    }
}
