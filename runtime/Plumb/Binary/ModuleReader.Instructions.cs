using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleReader
{
    private const byte EndByte = 0x0B;
    private const byte ElseByte = 0x05;

    /// <summary>What one decoded instruction takes in a function body's array, charged to the compile budget.</summary>
    private static readonly int InstructionBytes = System.Runtime.CompilerServices.Unsafe.SizeOf<Instruction>();

    // Kinds of open structured instructions while an expression is read.
    private const byte BlockFrame = 0;
    private const byte IfFrame = 1;
    private const byte ElseFrame = 2;

    /// <summary>A constant expression: instructions up to its final <c>end</c>, which is not kept.</summary>
    private static ConstExpr ReadConstExpr(ref ByteReader r, DecodeState state)
    {
        var code = new List<Instruction>(2);
        var vectors = new List<uint>();
        ReadExpression(ref r, state, code, vectors, inFunction: false);
        code.RemoveAt(code.Count - 1);
        return new ConstExpr([.. code]) { Vectors = [.. vectors] };
    }

    /// <summary>
    /// Reads instructions up to and including the <c>end</c> that closes the expression
    /// (https://webassembly.github.io/spec/core/binary/instructions.html). Blocks are flat in the
    /// output, so nesting is tracked with an explicit stack rather than recursion: a deeply nested
    /// body cannot exhaust the .NET stack. <c>else</c> is only well-formed directly inside an
    /// <c>if</c> that has none yet; elsewhere the reference interpreter expects an <c>end</c>.
    /// </summary>
    private static void ReadExpression(ref ByteReader r, DecodeState state, List<Instruction> code, List<uint> vectors, bool inFunction)
    {
        var frames = state.Frames;
        frames.Clear();
        while (true)
        {
            int position = r.Position;
            switch (r.Peek())
            {
                case -1:
                    throw r.Error(MalformedMessages.UnexpectedEndOfSection, r.Length);
                case EndByte:
                    r.ReadByte();
                    state.Budget.Charge(InstructionBytes);
                    code.Add(new Instruction(Opcode.End, Offset: r.OffsetOf(position)));
                    if (frames.Count == 0)
                    {
                        return;
                    }
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                case ElseByte:
                    if (frames.Count == 0 || frames[^1] != IfFrame)
                    {
                        throw r.Error(MalformedMessages.EndOpcodeExpected, position);
                    }
                    r.ReadByte();
                    state.Budget.Charge(InstructionBytes);
                    code.Add(new Instruction(Opcode.Else, Offset: r.OffsetOf(position)));
                    frames[^1] = ElseFrame;
                    continue;
            }
            var instruction = ReadInstruction(ref r, state, vectors);
            state.Budget.Charge(InstructionBytes);
            code.Add(instruction);
            switch (instruction.Opcode)
            {
                case Opcode.Block or Opcode.Loop:
                    frames.Add(BlockFrame);
                    break;
                case Opcode.If:
                    frames.Add(IfFrame);
                    break;
                case Opcode.MemoryInit or Opcode.DataDrop when inFunction:
                    state.UsesDataIndex = true;
                    break;
            }
        }
    }

    /// <summary>
    /// One instruction other than <c>else</c> and <c>end</c>: the opcode is looked up in the
    /// instruction table, the immediates are read by the row's <see cref="Immediate"/> shape, each
    /// landing in the slots that <see cref="Immediate"/> documents.
    /// </summary>
    private static Instruction ReadInstruction(ref ByteReader r, DecodeState state, List<uint> vectors)
    {
        int position = r.Position;
        byte first = r.ReadByte();
        var prefix = first is (byte)Prefix.FC or (byte)Prefix.FD ? (Prefix)first : Prefix.None;
        uint code = prefix == Prefix.None ? first : r.ReadU32();
        if (!InstructionTable.TryDecode(prefix, code, out var opcode) || !state.Has(InstructionTable.All[(int)opcode].Feature))
        {
            string text = prefix == Prefix.None ? $"{first:x2}" : $"{first:x2} {code:x2}";
            throw r.Error($"{MalformedMessages.IllegalOpcode} {text}", position);
        }

        uint a = 0, b = 0;
        ulong c = 0, d = 0;
        var immediate = InstructionTable.All[(int)opcode].Immediate;
        switch (immediate)
        {
            case Immediate.None:
                break;
            case Immediate.BlockType:
                c = (ulong)ReadBlockType(ref r, state);
                break;
            case Immediate.Label or Immediate.Func or Immediate.Local or Immediate.Global or Immediate.Table
                or Immediate.Elem or Immediate.Data:
                a = r.ReadU32();
                break;
            case Immediate.BrTable:
            {
                int count = r.ReadLength();
                a = (uint)vectors.Count;
                for (int i = 0; i <= count; i++)
                {
                    vectors.Add(r.ReadU32());
                }
                b = (uint)count + 1;
                break;
            }
            case Immediate.CallIndirect:
                a = r.ReadU32();
                if (state.Has(WasmFeatures.ReferenceTypes))
                {
                    b = r.ReadU32();
                }
                else
                {
                    ReadZeroByte(ref r);
                }
                break;
            case Immediate.SelectTypes:
            {
                int count = r.ReadLength();
                a = (uint)vectors.Count;
                for (int i = 0; i < count; i++)
                {
                    vectors.Add((uint)ReadValType(ref r, state));
                }
                b = (uint)count;
                break;
            }
            case Immediate.MemArg:
                (a, c) = ReadMemArg(ref r);
                break;
            case Immediate.Memory:
                ReadZeroByte(ref r);
                break;
            case Immediate.I32:
                c = (uint)r.ReadS32();
                break;
            case Immediate.I64:
                c = (ulong)r.ReadS64();
                break;
            case Immediate.F32:
                c = r.ReadFixed32();
                break;
            case Immediate.F64:
                c = r.ReadFixed64();
                break;
            case Immediate.V128 or Immediate.Shuffle:
                c = r.ReadFixed64();
                d = r.ReadFixed64();
                break;
            case Immediate.HeapType:
                a = (uint)ReadRefType(ref r, state);
                break;
            case Immediate.MemoryInit:
                a = r.ReadU32();
                ReadZeroByte(ref r);
                break;
            case Immediate.MemoryCopy:
                ReadZeroByte(ref r);
                ReadZeroByte(ref r);
                break;
            case Immediate.TableInit or Immediate.TableCopy:
                a = r.ReadU32();
                b = r.ReadU32();
                break;
            case Immediate.Lane:
                a = r.ReadByte();
                break;
            case Immediate.MemArgLane:
                (a, c) = ReadMemArg(ref r);
                d = r.ReadByte();
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"immediate shape {immediate} has no decoder");
        }
        return new Instruction(opcode, a, b, c, d, r.OffsetOf(position));
    }

    /// <summary>
    /// memarg: alignment exponent and offset. An exponent of 32 or more cannot describe any access
    /// and is malformed (larger-than-natural ones are the validator's).
    /// </summary>
    private static (uint Align, ulong Offset) ReadMemArg(ref ByteReader r)
    {
        uint align = r.ReadU32();
        if (align >= 32)
        {
            throw r.Error(MalformedMessages.MalformedMemopFlags, r.Position - 1);
        }
        return (align, r.ReadU32());
    }

    /// <summary>A reserved index byte that Core 2.0 fixes at zero (memory index, and in 1.0 the table index).</summary>
    private static void ReadZeroByte(ref ByteReader r)
    {
        int position = r.Position;
        if (r.ReadByte() != 0)
        {
            throw r.Error(r.Messages.ZeroByteExpected, position);
        }
    }

    /// <summary>
    /// blocktype (https://webassembly.github.io/spec/core/binary/instructions.html#control-instructions):
    /// 0x40, a value type, or a type index as a non-negative s33. Without multi-value only the first two.
    /// </summary>
    private static long ReadBlockType(ref ByteReader r, DecodeState state)
    {
        int b = r.Peek();
        if (b == 0x40)
        {
            r.ReadByte();
            return BlockType.Empty.Raw;
        }
        if (!state.Has(WasmFeatures.MultiValue) || (b & 0xC0) == 0x40)
        {
            return BlockType.Of(ReadValType(ref r, state)).Raw;
        }
        long index = r.ReadS33();
        // A negative index names no type and an index above 2^32 - 1 exceeds any module; both are
        // kept as the largest u32 so that validation reports "unknown type", as the reference
        // interpreter does.
        return index is < 0 or > uint.MaxValue ? uint.MaxValue : index;
    }
}
