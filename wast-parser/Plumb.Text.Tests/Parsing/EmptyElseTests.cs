using Plumb.Instructions;

namespace Plumb.Text.Tests.Parsing;

public class EmptyElseTests
{
    [Theory]
    [InlineData("flat", "(func i32.const 0 if else end)")]
    [InlineData("folded", "(func (if (i32.const 0) (then) (else)))")]
    public void AnEmptyElseIsNotEncoded(string form, string text)
    {
        var code = Wat.Parse(text).Codes[0].Code;
        Assert.True(code.All(i => i.Opcode != Opcode.Else), form);
        Assert.Equal([Opcode.I32Const, Opcode.If, Opcode.End, Opcode.End], code.Select(i => i.Opcode));
    }
}
