using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Text.Tests.Printer;

public class WatFromBinaryTests
{
    [Fact]
    public void PrintsADecodedBinary()
    {
        var module = new Module
        {
            Types = [new FuncType([], [ValType.F32])],
            Functions = [0],
            Codes = [new FunctionBody([], [new Instruction(Opcode.F32Const, C: 0x7FA00000), new Instruction(Opcode.End)], [])],
            Exports = [new Export("f", ExternKind.Func, 0)],
        };
        string text = Wat.FromBinary(Plumb.Binary.ModuleWriter.Write(module));
        Assert.Contains("f32.const nan:0x200000", text);
        Assert.Contains("(export \"f\" (func 0))", text);
    }

    [Fact]
    public void MalformedBytesThrowMalformed()
    {
        Assert.Throws<WasmMalformedException>(() => Wat.FromBinary([0x00, 0x61, 0x73, 0x6D, 0x02, 0x00, 0x00, 0x00]));
    }
}
