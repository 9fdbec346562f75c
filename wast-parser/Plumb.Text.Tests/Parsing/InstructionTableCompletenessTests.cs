using Plumb.Binary;
using Plumb.Instructions;

namespace Plumb.Text.Tests.Parsing;

/// <summary>Every row of the instruction table can be written in text and comes back as that row.</summary>
public class InstructionTableCompletenessTests
{
    public static TheoryData<string> Mnemonics()
    {
        var data = new TheoryData<string>();
        foreach (var row in InstructionTable.All) data.Add(row.Opcode.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Mnemonics))]
    public void EveryRowParsesToItsOpcode(string opcodeName)
    {
        var row = InstructionTable.Get(Enum.Parse<Opcode>(opcodeName));
        string instruction = row.Opcode switch
        {
            Opcode.Block or Opcode.Loop => $"{row.Mnemonic} end",
            Opcode.If => "i32.const 0 if end",
            Opcode.Else => "i32.const 0 if else nop end",
            Opcode.End => "block end",
            Opcode.SelectT => "select (result i32)",
            _ => $"{row.Mnemonic} {Immediates(row.Immediate)}",
        };
        string text = "(type (func)) (memory 1) (table 1 funcref) (global (mut i32) (i32.const 0)) (elem func 0) (data \"\") " +
                      $"(func (local i32) {instruction})";
        var module = Wat.Parse(text);
        Assert.Contains(module.Codes[0].Code, i => i.Opcode == row.Opcode);
        Assert.Null(ModuleComparer.Difference(module, ModuleReader.Read(ModuleWriter.Write(module))));
    }

    private static string Immediates(Immediate shape) => shape switch
    {
        Immediate.None or Immediate.Memory or Immediate.MemoryCopy => "",
        Immediate.Label or Immediate.Func or Immediate.Local or Immediate.Global or Immediate.Table
            or Immediate.Elem or Immediate.Data or Immediate.MemoryInit => "0",
        Immediate.BrTable => "0 0",
        Immediate.CallIndirect => "(type 0)",
        Immediate.MemArg => "offset=4 align=1",
        Immediate.I32 or Immediate.I64 => "-7",
        Immediate.F32 or Immediate.F64 => "0x1.8p-3",
        Immediate.V128 => "i16x8 1 2 3 4 5 6 7 8",
        Immediate.HeapType => "extern",
        Immediate.TableInit or Immediate.TableCopy => "0 0",
        Immediate.Lane => "1",
        Immediate.MemArgLane => "offset=8 1",
        Immediate.Shuffle => "0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15",
        _ => throw new InvalidOperationException($"no text sample for immediate shape {shape}"),
    };
}
