using CsCheck;
using Plumb.Text.Wast;

namespace Plumb.Text.Tests.Parsing;

/// <summary>
/// Any text either parses or fails with <see cref="WatSyntaxException"/> at a line and column inside
/// it, never with another exception; what parses encodes to bytes that decode (<see cref="TextErrors"/>).
/// </summary>
public class RobustnessTests
{
    private static readonly string[] Vocabulary =
    [
        "(", "(", "(", ")", ")", ")", "module", "func", "import", "export", "\"a\"", "\"\\ff\"", "$x", "$y", "0", "1", "-1", "1.5",
        "0x1p3", "nan:0x1", "inf", "i32", "i64", "f32", "v128", "funcref", "externref", "block", "loop", "if", "then", "else",
        "end", "br", "br_table", "table", "elem", "data", "memory", "global", "type", "param", "result", "local", "offset",
        "item", "declare", "mut", "call", "call_indirect", "select", "v128.const", "i32x4", "f64x2", "i8x16.shuffle",
        "i8x16.extract_lane_s", "offset=1", "align=2", "i32.load", "v128.load8_lane", "ref.null", "ref.func", "extern",
        "table.init", "table.copy", "memory.init", "data.drop", "start", "i32.const", "f32.const", "local.get", "nop",
        "0drop", "$", "\"a\"\"b\"", ";; c\n", "(;c;)", "register", "invoke", "get", "assert_return", "assert_trap",
        "assert_invalid", "assert_malformed", "quote", "binary", "nan:canonical", "ref.extern",
    ];

    private static readonly Gen<string> Texts =
        Gen.Int[0, Vocabulary.Length - 1].Select(i => Vocabulary[i]).Array[0, 40].Select(words => string.Join(" ", words));

    [Fact]
    public void ModuleTextEncodesOrIsASyntaxErrorInsideTheText() =>
        Texts.Sample(text => TextErrors.EncodeOrSyntaxError(text), iter: 20_000);

    [Fact]
    public void ScriptTextParsesOrIsASyntaxErrorInsideTheText() =>
        Texts.Select(t => "(" + t + ")").Sample(text => TextErrors.ParseOrSyntaxError(text, t => WastParser.Parse(t, "random.wast")), iter: 20_000);

    [Fact]
    public void ArbitraryCharactersEncodeOrAreASyntaxErrorInsideTheText() =>
        Gen.String[Gen.Char["()\";$ \n\\abcdefimnoptux0123456789.=_-+:{}"], 0, 60].Sample(text => TextErrors.EncodeOrSyntaxError(text), iter: 20_000);
}
