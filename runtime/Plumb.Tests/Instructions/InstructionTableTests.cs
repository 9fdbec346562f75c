using Plumb.Instructions;

namespace Plumb.Tests.Instructions;

public class InstructionTableTests
{
    [Fact]
    public void EveryOpcodeHasExactlyOneRowAtItsIndex()
    {
        var opcodes = Enum.GetValues<Opcode>();
        Assert.Equal(opcodes.Length, InstructionTable.All.Length);
        for (int i = 0; i < opcodes.Length; i++)
        {
            Assert.Equal((Opcode)i, InstructionTable.All[i].Opcode);
        }
    }

    [Fact]
    public void EncodingsAreUnique()
    {
        var seen = new HashSet<(Prefix, uint)>();
        foreach (var row in InstructionTable.All)
        {
            Assert.True(seen.Add((row.Prefix, row.Code)), $"{row.Mnemonic} repeats an encoding");
            Assert.True(InstructionTable.TryDecode(row.Prefix, row.Code, out var op));
            Assert.Equal(row.Opcode, op);
        }
    }

    [Fact]
    public void EnumNamesArePascalCaseMnemonics()
    {
        foreach (var row in InstructionTable.All)
        {
            if (row.Opcode == Opcode.SelectT)
            {
                continue;
            }
            string expected = string.Concat(row.Mnemonic.Split('.', '_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            Assert.Equal(expected, row.Opcode.ToString());
        }
    }

    [Fact]
    public void Core2HasAllSimdInstructions()
    {
        Assert.Equal(236, InstructionTable.All.Count(r => r.Prefix == Prefix.FD));
        Assert.Equal(18, InstructionTable.All.Count(r => r.Prefix == Prefix.FC));
    }

    [Fact]
    public void MemoryRowsHaveWidthsAndLaneRowsHaveLaneCounts()
    {
        foreach (var row in InstructionTable.All)
        {
            if (row.Immediate is Immediate.MemArg or Immediate.MemArgLane)
            {
                Assert.True(row.MemoryBytes is 1 or 2 or 4 or 8 or 16, row.Mnemonic);
            }
            if (row.Immediate is Immediate.Lane or Immediate.MemArgLane)
            {
                Assert.True(row.Lanes is 2 or 4 or 8 or 16, row.Mnemonic);
            }
        }
    }
}
