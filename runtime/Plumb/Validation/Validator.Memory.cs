using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Validation;

// Immediates of fixed-signature rows: memory, table, segment and lane indices, alignment
// (https://webassembly.github.io/spec/core/valid/instructions.html#memory-instructions). Checked by
// the row's immediate shape, never by opcode, so a new row of a known shape needs no new code.
internal sealed partial class Validator
{
    /// <summary>Lane indices of <c>i8x16.shuffle</c> select from the 32 lanes of its two operands.</summary>
    private const int ShuffleLanes = 32;

    private void CheckImmediates(InstructionInfo row, in Instruction instruction)
    {
        switch (row.Immediate)
        {
            case Immediate.MemArg:
                CheckMemArg(row, instruction);
                break;
            case Immediate.MemArgLane:
                CheckMemArg(row, instruction);
                CheckLane(instruction.D, row.Lanes);
                break;
            case Immediate.Lane:
                CheckLane(instruction.A, row.Lanes);
                break;
            case Immediate.Shuffle:
                for (int i = 0; i < 8; i++)
                {
                    CheckLane((instruction.C >> (8 * i)) & 0xFF, ShuffleLanes);
                    CheckLane((instruction.D >> (8 * i)) & 0xFF, ShuffleLanes);
                }
                break;
            case Immediate.Memory:
                MemoryAt(instruction.A, _offset);
                break;
            case Immediate.MemoryCopy:
                MemoryAt(instruction.A, _offset);
                MemoryAt(instruction.B, _offset);
                break;
            case Immediate.MemoryInit:
                // The reference interpreter looks the memory up before the data segment.
                MemoryAt(instruction.B, _offset);
                DataAt(instruction.A);
                break;
            case Immediate.Data:
                DataAt(instruction.A);
                break;
            case Immediate.Elem:
                ElemAt(instruction.A);
                break;
            case Immediate.Table:
                TableAt(instruction.A, _offset);
                break;
            case Immediate.TableInit:
            {
                var table = TableAt(instruction.B, _offset);
                var elemType = ElemAt(instruction.A);
                if (table.ElementType != elemType)
                {
                    Fail($"type mismatch: element segment of {elemType.ToText()} into table of {table.ElementType.ToText()}", _offset);
                }
                break;
            }
            case Immediate.TableCopy:
            {
                var destination = TableAt(instruction.A, _offset);
                var source = TableAt(instruction.B, _offset);
                if (destination.ElementType != source.ElementType)
                {
                    Fail($"type mismatch: table.copy from {source.ElementType.ToText()} to {destination.ElementType.ToText()}", _offset);
                }
                break;
            }
            case Immediate.None:
            case Immediate.I32:
            case Immediate.I64:
            case Immediate.F32:
            case Immediate.F64:
            case Immediate.V128:
                break;
            default:
                // Shapes that only custom rows use (block types, labels, locals, ...) never reach here.
                Fail($"no validation rule for the immediates of {row.Mnemonic}", _offset);
                break;
        }
    }

    /// <summary>
    /// A memory must exist and the alignment must not exceed the access width
    /// (https://webassembly.github.io/spec/core/valid/instructions.html#memory-instructions).
    /// </summary>
    private void CheckMemArg(InstructionInfo row, in Instruction instruction)
    {
        MemoryAt(instruction.B, _offset);
        if (instruction.A > (uint)row.NaturalAlignmentLog2)
        {
            Fail("alignment must not be larger than natural", _offset);
        }
    }

    private void CheckLane(ulong lane, int lanes)
    {
        if (lane >= (ulong)lanes)
        {
            Fail("invalid lane index", _offset);
        }
    }

    private TableType TableAt(uint index, long offset)
    {
        if (index >= (uint)_tables.Length)
        {
            Fail($"unknown table {index}", offset);
        }
        return _tables[index];
    }

    private MemoryType MemoryAt(uint index, long offset)
    {
        if (index >= (uint)_memories.Length)
        {
            Fail($"unknown memory {index}", offset);
        }
        return _memories[index];
    }

    private ValType ElemAt(uint index)
    {
        if (index >= (uint)_elemTypes.Length)
        {
            Fail($"unknown elem segment {index}", _offset);
        }
        return _elemTypes[index];
    }

    /// <summary>
    /// Data segment indices count the module's data segments. In the binary format the data count
    /// section must announce them ("data count section required"); that is the decoder's malformed check.
    /// </summary>
    private void DataAt(uint index)
    {
        if (index >= (uint)_dataCount)
        {
            Fail($"unknown data segment {index}", _offset);
        }
    }
}
