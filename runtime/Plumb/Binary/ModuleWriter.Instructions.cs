using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleWriter
{
    /// <summary>
    /// One instruction: its encoding from the instruction table, then its immediates by the row's
    /// <see cref="Immediate"/> shape, read from the slots <see cref="Immediate"/> documents.
    /// </summary>
    internal static void WriteInstruction(ByteWriter w, Instruction instruction, ReadOnlySpan<uint> vectors)
    {
        var info = InstructionTable.Get(instruction.Opcode);
        if (info.Prefix == Prefix.None)
        {
            w.WriteByte((byte)info.Code);
        }
        else
        {
            w.WriteByte((byte)info.Prefix);
            w.WriteU32(info.Code);
        }
        uint a = instruction.A, b = instruction.B;
        ulong c = instruction.C, d = instruction.D;
        switch (info.Immediate)
        {
            case Immediate.None:
                break;
            case Immediate.BlockType:
                // 0x40, a value type's byte and a type index are all the s33 of the raw block type.
                w.WriteSigned((long)c);
                break;
            case Immediate.Label or Immediate.Func or Immediate.Local or Immediate.Global or Immediate.Table
                or Immediate.Elem or Immediate.Data:
                w.WriteU32(a);
                break;
            case Immediate.BrTable:
            {
                // B counts the targets and the default, which comes last.
                var targets = vectors.Slice((int)a, (int)b);
                w.WriteLength(targets.Length - 1);
                foreach (uint target in targets)
                {
                    w.WriteU32(target);
                }
                break;
            }
            case Immediate.CallIndirect or Immediate.TableInit or Immediate.TableCopy:
                w.WriteU32(a);
                w.WriteU32(b);
                break;
            case Immediate.SelectTypes:
                w.WriteLength((int)b);
                foreach (uint type in vectors.Slice((int)a, (int)b))
                {
                    w.WriteByte((byte)type);
                }
                break;
            case Immediate.MemArg:
                w.WriteU32(a);
                w.WriteUnsigned(c);
                break;
            case Immediate.Memory:
                w.WriteByte(0x00);
                break;
            case Immediate.I32:
                w.WriteSigned((int)(uint)c);
                break;
            case Immediate.I64:
                w.WriteSigned((long)c);
                break;
            case Immediate.F32:
                w.WriteFixed32((uint)c);
                break;
            case Immediate.F64:
                w.WriteFixed64(c);
                break;
            case Immediate.V128 or Immediate.Shuffle:
                w.WriteFixed64(c);
                w.WriteFixed64(d);
                break;
            case Immediate.HeapType:
                w.WriteByte((byte)a);
                break;
            case Immediate.MemoryInit:
                w.WriteU32(a);
                w.WriteByte(0x00);
                break;
            case Immediate.MemoryCopy:
                w.WriteByte(0x00);
                w.WriteByte(0x00);
                break;
            case Immediate.Lane:
                w.WriteByte((byte)a);
                break;
            case Immediate.MemArgLane:
                w.WriteU32(a);
                w.WriteUnsigned(c);
                w.WriteByte((byte)d);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"immediate shape {info.Immediate} has no encoder");
        }
    }
}
