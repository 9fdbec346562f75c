namespace Plumb.Text.Tests.Parsing;

/// <summary>Text-level errors carry the reference interpreter's wording (the suites match message prefixes).</summary>
public class SyntaxErrorTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "(func (i32.const0))", "unknown operator" },
        { "(func (i32.foo))", "unknown operator" },
        { "(func (i32))", "unexpected token" },
        { "(func br 0drop)", "unknown operator" },
        { "(data $l\"a\")", "unknown operator" },
        { "(func (br $l))", "unknown label" },
        { "(func block $a end $b)", "mismatching label" },
        { "(func block end $b)", "mismatching label" },
        { "(func (call $f))", "unknown function" },
        { "(func (local.get $x))", "unknown local" },
        { "(func $f) (func $f)", "duplicate func" },
        { "(func (param $x i32) (local $x i32))", "duplicate local" },
        { "(global $g i32 (i32.const 0)) (global $g i32 (i32.const 0))", "duplicate global" },
        { "(type $t (func)) (func (type $t) (param i32))", "inline function type" },
        { "(func (type 3) (param i32))", "unknown type" },
        { "(func (result i32) (param i32))", "unexpected token" },
        { "(func (drop (i32.const 4294967296)))", "constant out of range" },
        { "(func (drop (i64.const -9223372036854775809)))", "constant out of range" },
        { "(func (drop (f32.const 0x1p128)))", "constant out of range" },
        { "(func (drop (f64.const nan:0x0)))", "constant out of range" },
        { "(memory 0x1_0000_0000)", "i32 constant out of range" },
        { "(memory 1) (func (drop (i32.load offset=4294967296 (i32.const 0))))", "i32 constant" },
        { "(memory 1) (func (drop (i32.load align=3 (i32.const 0))))", "alignment" },
        { "(memory 1) (func (drop (i32.load align=0 (i32.const 0))))", "alignment" },
        { "(func (drop (v128.const i32x4 0 0 0)))", "wrong number of lane literals" },
        { "(func (drop (v128.const i32x4 0 0 0 0 0)))", "wrong number of lane literals" },
        { "(func (drop (i8x16.extract_lane_s 256 (v128.const i32x4 0 0 0 0))))", "malformed lane index" },
        { "(func (drop (i8x16.extract_lane_s -1 (v128.const i32x4 0 0 0 0))))", "unexpected token" },
        { "(func (export \"\\ff\"))", "malformed UTF-8 encoding" },
        { "(func) (import \"m\" \"f\" (func))", "import after function" },
        { "(memory 1) (global (import \"m\" \"g\") i32)", "import after memory" },
        { "(func $f) (start $f) (start $f)", "multiple start sections" },
        { "(func", "unexpected end of input" },
        { "(func))", "unexpected token" },
        { "(func (nop) (; unclosed", "unclosed comment" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsTheSuitesMessage(string text, string expected)
    {
        var error = Assert.Throws<WatSyntaxException>(() => Wat.Parse(text));
        Assert.StartsWith(expected, error.Message);
        Assert.True(error.Line >= 1 && error.Column >= 1);
    }

    [Fact]
    public void NumericIndicesAreNotCheckedByTheParser()
    {
        // assert_invalid modules must still encode: range checks belong to validation.
        var module = Wat.Parse("(func (br 5) (call 9) (local.get 3) (call_indirect (type 7) (i32.const 0)))");
        Assert.Equal(5u, module.Codes[0].Code[0].A);
    }
}
