using Plumb.Execution;
using Plumb.Instructions;

namespace Plumb.Engines.Interpreter;

internal sealed unsafe partial class Machine
{
    /// <summary>
    /// Reference, table and bulk memory instructions and SIMD: executed outside the main loop to
    /// keep its switch small. Takes and returns the stack top.
    /// </summary>
    private int ExecuteOther(ref InterpretedOp op, Instance inst, int sp, int fp)
    {
        WasmValue* b = _base;
        switch (op.Row)
        {
            case Opcode.RefNull:
                b[sp] = default;
                return sp + 1;
            case Opcode.RefIsNull:
                b[sp - 1] = new WasmValue(b[sp - 1].Lo == 0 ? 1UL : 0UL);
                return sp;
            case Opcode.RefFunc:
                b[sp] = new WasmValue(inst.Functions[op.A].Handle);
                return sp + 1;
            case Opcode.TableGet:
            {
                var elements = inst.Tables[op.A].Elements;
                uint index = (uint)b[sp - 1].Lo;
                if (index >= (uint)elements.Length)
                {
                    Throw(TrapKind.OutOfBoundsTableAccess);
                }
                b[sp - 1] = new WasmValue(elements[index]);
                return sp;
            }
            case Opcode.TableSet:
            {
                var elements = inst.Tables[op.A].Elements;
                uint index = (uint)b[sp - 2].Lo;
                if (index >= (uint)elements.Length)
                {
                    Throw(TrapKind.OutOfBoundsTableAccess);
                }
                elements[index] = b[sp - 1].Lo;
                return sp - 2;
            }
            case Opcode.TableSize:
                b[sp] = new WasmValue(inst.Tables[op.A].Size);
                return sp + 1;
            case Opcode.TableGrow:
            {
                int old = inst.Tables[op.A].Grow((uint)b[sp - 1].Lo, b[sp - 2].Lo);
                b[sp - 2] = new WasmValue((uint)old);
                return sp - 1;
            }
            case Opcode.TableFill:
            {
                var elements = inst.Tables[op.A].Elements;
                ulong start = (uint)b[sp - 3].Lo, count = (uint)b[sp - 1].Lo;
                if (start + count > (ulong)elements.Length)
                {
                    Throw(TrapKind.OutOfBoundsTableAccess);
                }
                elements.AsSpan((int)start, (int)count).Fill(b[sp - 2].Lo);
                return sp - 3;
            }
            case Opcode.TableCopy:
            {
                var destination = inst.Tables[op.A].Elements;
                var source = inst.Tables[op.B].Elements;
                ulong d = (uint)b[sp - 3].Lo, s = (uint)b[sp - 2].Lo, n = (uint)b[sp - 1].Lo;
                if (s + n > (ulong)source.Length || d + n > (ulong)destination.Length)
                {
                    Throw(TrapKind.OutOfBoundsTableAccess);
                }
                source.AsSpan((int)s, (int)n).CopyTo(destination.AsSpan((int)d));
                return sp - 3;
            }
            case Opcode.TableInit:
            {
                var destination = inst.Tables[op.B].Elements;
                var source = inst.Elements[op.A];
                ulong d = (uint)b[sp - 3].Lo, s = (uint)b[sp - 2].Lo, n = (uint)b[sp - 1].Lo;
                if (s + n > (ulong)source.Length || d + n > (ulong)destination.Length)
                {
                    Throw(TrapKind.OutOfBoundsTableAccess);
                }
                source.AsSpan((int)s, (int)n).CopyTo(destination.AsSpan((int)d));
                return sp - 3;
            }
            case Opcode.ElemDrop:
                inst.Elements[op.A] = [];
                return sp;
            case Opcode.MemoryInit:
            {
                var source = inst.Data[op.A].AsSpan();
                ulong d = (uint)b[sp - 3].Lo, s = (uint)b[sp - 2].Lo, n = (uint)b[sp - 1].Lo;
                if (s + n > (ulong)source.Length)
                {
                    ThrowOutOfBounds();
                }
                source.Slice((int)s, (int)n).CopyTo(inst.Memory0!.Slice(d, n));
                return sp - 3;
            }
            case Opcode.DataDrop:
                inst.Data[op.A] = [];
                return sp;
            case Opcode.MemoryCopy:
            {
                var memory = inst.Memory0!;
                ulong d = (uint)b[sp - 3].Lo, s = (uint)b[sp - 2].Lo, n = (uint)b[sp - 1].Lo;
                var source = memory.Slice(s, n);
                source.CopyTo(memory.Slice(d, n));
                return sp - 3;
            }
            case Opcode.MemoryFill:
            {
                ulong d = (uint)b[sp - 3].Lo, n = (uint)b[sp - 1].Lo;
                inst.Memory0!.Slice(d, n).Fill((byte)b[sp - 2].Lo);
                return sp - 3;
            }
            default:
                return ExecuteSimd(ref op, inst, sp);
        }
    }
}
