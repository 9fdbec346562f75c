using Plumb.Binary;
using Plumb.Validation;

namespace Plumb.Text.Tests.Api;

/// <summary>Text errors in wabt's form, and validation errors of a text module mapped back to their instruction.</summary>
public class ErrorPlaceTests
{
    private const string Text = "(module\n  (func $f\n    i32.const 1\n\ti64.eqz\n    drop))\n";

    [Fact]
    public void SyntaxErrorIsPrintedWithItsLineAndACaret()
    {
        var error = Assert.Throws<WatSyntaxException>(() => Wat.ToBinary("(module\n  (func\n    i32.nonsense))"));
        Assert.Equal((3, 5), (error.Line, error.Column));
        Assert.Equal("x.wat:3:5: error: unknown operator i32.nonsense\n    i32.nonsense))\n    ^", error.Format("x.wat", "(module\n  (func\n    i32.nonsense))"));
        Assert.Equal("line 3, column 5", error.Place);
    }

    [Fact]
    public void ValidationErrorOfATextModulePointsAtTheInstruction()
    {
        byte[] bytes = Wat.ToBinary(Text, WasmFeatures.Core2, out var map);
        Assert.Equal(Wat.ToBinary(Text), bytes);
        var error = Assert.Throws<WasmInvalidException>(() => Validator.Validate(ModuleReader.Read(bytes, WasmFeatures.Core2)));
        Assert.Equal((4, 2), map.Find(error.Offset));
        Assert.Equal("f", error.FunctionName);
        // The tab before the instruction is kept, so that the caret lines up with it.
        Assert.Equal($"x.wat:4:2: error: {error.Message} (in func 0 \"f\")\n\ti64.eqz\n\t^", map.Format("x.wat", error));
    }

    [Fact]
    public void OffsetsOutsideTheCodeHaveNoPlace()
    {
        Wat.ToBinary(Text, WasmFeatures.Core2, out var map);
        Assert.Null(map.Find(0));
        Assert.Null(map.Find(-1));
        Assert.Null(map.Find(100_000));
    }

    public static TheoryData<string, string, int, int> ConstantExpressions() => new()
    {
        { "a global's initialiser", "(module\n  (global i32\n    (i64.const 0)))", 3, 6 },
        { "a global's plain initialiser", "(module\n  (global i32 i64.const 0))", 2, 15 },
        { "a data segment's offset", "(module\n  (memory 1)\n  (data (offset\n      (f32.const 0)) \"y\"))", 4, 8 },
        { "a data segment's abbreviated offset", "(module (memory 1)\n  (data (i64.const 0) \"y\"))", 2, 10 },
        { "an element segment's offset", "(module (table 1 funcref) (func $f)\n  (elem (offset (f64.const 0)) $f))", 2, 18 },
        { "an element expression", "(module (table 1 funcref)\n  (elem (table 0) (offset (i32.const 0)) funcref\n    (item (i32.const 1))))", 3, 12 },
        { "a non-constant instruction", "(module\n  (global i32\n    (i32.add (i32.const 1) (i32.const 2))))", 3, 6 },
    };

    [Theory]
    [MemberData(nameof(ConstantExpressions))]
    public void ValidationErrorOfAConstantExpressionPointsAtItsInstruction(string name, string text, int line, int column)
    {
        byte[] bytes = Wat.ToBinary(text, WasmFeatures.Core2, out var map);
        var error = Assert.Throws<WasmInvalidException>(() => Validator.Validate(ModuleReader.Read(bytes, WasmFeatures.Core2)));
        Assert.True(map.Find(error.Offset) == (line, column), $"{name}: {error.Message} at 0x{error.Offset:x}: {map.Find(error.Offset)}");
        Assert.StartsWith($"x.wat:{line}:{column}: error: {error.Message}\n", map.Format("x.wat", error));
    }
}
