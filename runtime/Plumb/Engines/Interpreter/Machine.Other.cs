using System.Runtime.CompilerServices;
using Plumb.Execution;
using Plumb.Instructions;

namespace Plumb.Engines.Interpreter;

internal sealed unsafe partial class Machine
{
    /// <summary>
    /// Reference, table and bulk memory instructions and SIMD: executed outside the main loop to
    /// keep its switch small. Takes and returns the stack top. A trap raised here (by this method or the helpers it
    /// calls) is marked with the op, for its offset, by an exception filter: the op is a parameter that never changes,
    /// so the filter costs the method no store per op.
    /// </summary>
    private int ExecuteOther(ref InterpretedOp op, Instance inst, int sp, int fp)
    {
        try
        {
            // Bulk operations and grows cost fuel in proportion to their size (charged before the work).
            if (_attention && BulkSize(op.Row, _base, sp) is ulong size)
            {
                Charge(size);
            }
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
                    var entries = inst.Tables[op.A].Entries;
                    uint index = (uint)b[sp - 1].Lo;
                    if (index >= (uint)entries.Length)
                    {
                        Throw(TrapKind.OutOfBoundsTableAccess);
                    }
                    b[sp - 1] = new WasmValue(entries[(int)index]);
                    return sp;
                }
                case Opcode.TableSet:
                {
                    var entries = inst.Tables[op.A].Entries;
                    uint index = (uint)b[sp - 2].Lo;
                    if (index >= (uint)entries.Length)
                    {
                        Throw(TrapKind.OutOfBoundsTableAccess);
                    }
                    entries[(int)index] = b[sp - 1].Lo;
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
                    var entries = inst.Tables[op.A].Entries;
                    ulong start = (uint)b[sp - 3].Lo, count = (uint)b[sp - 1].Lo;
                    if (start + count > (ulong)entries.Length)
                    {
                        Throw(TrapKind.OutOfBoundsTableAccess);
                    }
                    entries.Slice((int)start, (int)count).Fill(b[sp - 2].Lo);
                    return sp - 3;
                }
                case Opcode.TableCopy:
                {
                    var destination = inst.Tables[op.A].Entries;
                    var source = inst.Tables[op.B].Entries;
                    ulong d = (uint)b[sp - 3].Lo, s = (uint)b[sp - 2].Lo, n = (uint)b[sp - 1].Lo;
                    if (s + n > (ulong)source.Length || d + n > (ulong)destination.Length)
                    {
                        Throw(TrapKind.OutOfBoundsTableAccess);
                    }
                    source.Slice((int)s, (int)n).CopyTo(destination[(int)d..]);
                    return sp - 3;
                }
                case Opcode.TableInit:
                {
                    var destination = inst.Tables[op.B].Entries;
                    var source = inst.Elements[op.A];
                    ulong d = (uint)b[sp - 3].Lo, s = (uint)b[sp - 2].Lo, n = (uint)b[sp - 1].Lo;
                    if (s + n > (ulong)source.Length || d + n > (ulong)destination.Length)
                    {
                        Throw(TrapKind.OutOfBoundsTableAccess);
                    }
                    source.AsSpan((int)s, (int)n).CopyTo(destination[(int)d..]);
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
                    inst.Memory0!.Write(d, source.Slice((int)s, (int)n));
                    return sp - 3;
                }
                case Opcode.DataDrop:
                    inst.Data[op.A] = [];
                    return sp;
                case Opcode.MemoryCopy:
                {
                    ulong d = (uint)b[sp - 3].Lo, s = (uint)b[sp - 2].Lo, n = (uint)b[sp - 1].Lo;
                    inst.Memory0!.Copy(d, s, n);
                    return sp - 3;
                }
                case Opcode.MemoryFill:
                {
                    ulong d = (uint)b[sp - 3].Lo, n = (uint)b[sp - 1].Lo;
                    inst.Memory0!.Fill(d, n, (byte)b[sp - 2].Lo);
                    return sp - 3;
                }
                default:
                    return ExecuteSimd(ref op, inst, sp);
            }
        }
        catch (WasmTrapException trap) when (MarkSite(trap, (InterpretedOp*)Unsafe.AsPointer(ref op)))
        {
            // Never entered: the filter records the op the trap came from and declines.
            throw;
        }
    }

    /// <summary>Bytes of linear memory that cost one unit of fuel in a bulk operation (a page costs 1,024).</summary>
    internal const int BytesPerFuel = 64;

    /// <summary>Table entries that cost one unit of fuel in a bulk operation or a grow.</summary>
    internal const int EntriesPerFuel = 8;

    /// <summary>
    /// The fuel a bulk operation or grow costs beyond its one instruction: its length operand (the top of
    /// the stack; a grow's delta) in bytes or entries, scaled; null for every other op.
    /// </summary>
    private static ulong? BulkSize(Opcode row, WasmValue* b, int sp) => row switch
    {
        Opcode.MemoryCopy or Opcode.MemoryFill or Opcode.MemoryInit => (uint)b[sp - 1].Lo / BytesPerFuel,
        Opcode.TableCopy or Opcode.TableFill or Opcode.TableInit or Opcode.TableGrow => (uint)b[sp - 1].Lo / EntriesPerFuel,
        _ => null,
    };

    /// <summary>
    /// Charges <c>memory.grow</c> of <paramref name="delta"/> pages before it commits them, as bulk memory
    /// operations are charged: one unit per 64 bytes it adds (1,024 a page). A grow that the memory's own limits
    /// refuse adds nothing and costs only its instruction. Called from the loop only while <c>_attention</c> is set.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ChargeGrow(MemoryInstance memory, uint delta)
    {
        if (memory.CanGrow(delta))
        {
            Charge((ulong)delta * (MemoryInstance.PageSize / BytesPerFuel));
        }
    }

    /// <summary>
    /// Charges <paramref name="units"/> of fuel and stops the guest when it runs out or is cancelled: for
    /// work that costs more than an instruction (see runtime/RATIONALE.md, "How do cancellation and fuel stop a guest?").
    /// </summary>
    private void Charge(ulong units)
    {
        _fuel -= (long)units;
        if (_interrupt || _fuel < 0)
        {
            Interrupt();
        }
    }
}
