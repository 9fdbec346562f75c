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
}
