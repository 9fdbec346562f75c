using System.Runtime.InteropServices;
using Plumb.Instructions;

namespace Plumb.Structure;

/// <summary>
/// One decoded instruction: its opcode and immediates in fixed slots, as
/// <see cref="Immediate"/> documents per shape. Function bodies are arrays of these, read by the
/// validator and both engines without decoding twice.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct Instruction(Opcode Opcode, uint A = 0, uint B = 0, ulong C = 0, ulong D = 0, int Offset = -1)
{
    /// <summary>The row of this instruction in the table.</summary>
    public InstructionInfo Info => InstructionTable.Get(Opcode);

    /// <summary>The block type of <c>block</c>, <c>loop</c> and <c>if</c>.</summary>
    public BlockType BlockType => new((long)C);

    /// <summary>The value of <c>i32.const</c>.</summary>
    public int I32 => (int)(uint)C;

    /// <summary>The value of <c>i64.const</c>.</summary>
    public long I64 => (long)C;

    /// <override />
    public override string ToString() => $"{Info.Mnemonic} A={A} B={B} C=0x{C:x} D=0x{D:x} @{Offset}";
}
