using Plumb.Structure;

namespace Plumb.Engines.Interpreter;

/// <summary>
/// A function body translated for the interpreter: shared by every instance of the compiled module
/// (it refers to functions, globals, tables and memories by index, resolved through the running
/// instance).
/// </summary>
internal sealed unsafe class InterpretedFunction : FunctionCode
{
    /// <summary>
    /// Creates the function over the <paramref name="length"/> ops at <paramref name="start"/>, inside
    /// <paramref name="block"/>: one pinned block (see <see cref="CodeBlock"/>) holds every function of a
    /// compiled module, so that the interpreter walks the code by pointer without bounds checks and a
    /// module costs one allocation, not one per function.
    /// Jumps (indices within the function) become relative to their own op, each op's code its <see cref="LoopCode"/>, and its slots byte offsets.
    /// </summary>
    public InterpretedFunction(FuncType type, CodeBlock block, InterpretedOp* start, int length, int[] offsets, int maxHeight, int zeroFrom, int zeroCount, Dictionary<int, int>? secondOffsets = null)
        : base(type)
    {
        _block = block;
        var ops = new Span<InterpretedOp>(start, length);
        for (int i = 0; i < ops.Length; i++)
        {
            if (ops[i].Code is Instructions.Opcode.Br or Instructions.Opcode.BrIf or Instructions.Opcode.Else)
            {
                ops[i].A -= i;
            }
            else if (RegisterOp.JumpsThroughD(ops[i].Code))
            {
                ops[i].D = (ulong)(long)((int)ops[i].D - i);
            }
            ops[i].Loop = LoopCodes.Of(ops[i].Code);
            if (maxHeight <= MaxSlots)
            {
                Scale(ref ops[i], sizeof(WasmValue), 1);
            }
        }
        Length = length;
        Start = start;
        Offsets = offsets;
        _secondOffsets = secondOffsets;
        ParamCount = type.Params.Length;
        MaxHeight = FrameSize(maxHeight);
        ZeroFrom = zeroFrom;
        ZeroCount = zeroCount;
    }

    /// <summary>
    /// The most slots a frame may have: its slots' byte offsets must fit the ops' 32-bit fields. A
    /// function with a larger frame keeps slot numbers and a frame size no stack can hold, so that
    /// every call of it ends in the exhaustion trap before it runs.
    /// </summary>
    public const int MaxSlots = 1 << 26;

    /// <summary>The frame size recorded for a function whose frame has <paramref name="maxHeight"/> slots.</summary>
    public static int FrameSize(int maxHeight) => maxHeight <= MaxSlots ? maxHeight : int.MaxValue;

    /// <summary>Multiplies the fields of <paramref name="op"/> that hold slots (see <see cref="LoopCodes.SlotFields"/>) by <paramref name="by"/> and divides them by <paramref name="per"/>.</summary>
    private static void Scale(ref InterpretedOp op, int by, int per)
    {
        int fields = LoopCodes.SlotFields[(int)op.Loop];
        if ((fields & 1) != 0)
        {
            op.A = op.A * by / per;
        }
        if ((fields & 2) != 0)
        {
            op.B = op.B * by / per;
        }
        if ((fields & 4) != 0)
        {
            op.C = (ulong)((long)op.C * by / per);
        }
        if ((fields & 8) != 0)
        {
            op.D = (ulong)((long)op.D * by / per);
        }
        if ((fields & 16) != 0)
        {
            op.H = op.H * by / per;
        }
    }


    /// <inheritdoc/>
    public override Engine Engine => InterpreterEngine.Instance;

    // Keeps the pinned array (shared by the module's functions) alive as long as any function is.
    private readonly CodeBlock _block;

    /// <summary>The address of the first op (in a pinned array).</summary>
    public InterpretedOp* Start { get; }

    /// <summary>The op at <paramref name="index"/> (0 to <see cref="Length"/> - 1) as the translator wrote it: its <see cref="InterpretedOp.Code"/>, and slots, not byte offsets.</summary>
    public InterpretedOp Op(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        var op = Start[index];
        if (MaxHeight != int.MaxValue)
        {
            Scale(ref op, 1, sizeof(WasmValue));
        }
        op.Code = LoopCodes.CodeOf(op.Loop);
        return op;
    }

    /// <summary>The number of ops.</summary>
    public int Length { get; }

    /// <summary>
    /// Byte offset in the binary of the instruction each op came from (-1 when unknown): of a call, the call; of an op
    /// fused from several instructions, the one it may trap at (a memory access; of a fused multiply-add, its first load);
    /// of a branch back to a loop, the loop (where fuel and cancellation stop a loop, as in compiled code).
    /// </summary>
    public int[] Offsets { get; }

    private readonly Dictionary<int, int>? _secondOffsets;

    /// <summary>
    /// The byte offset of the instruction the op at <paramref name="index"/> trapped at: <see cref="Offsets"/>, or for a
    /// fused multiply-add whose <paramref name="second"/> load failed, that load's (-1 when unknown).
    /// </summary>
    public int TrapOffset(int index, bool second)
    {
        if ((uint)index >= (uint)Offsets.Length)
        {
            return -1;
        }
        return second && _secondOffsets is not null && _secondOffsets.TryGetValue(index, out int offset) ? offset : Offsets[index];
    }

    public int ParamCount { get; }

    /// <summary>The first slot a call must zero: of the declared locals, those that may be read before they are written.</summary>
    public int ZeroFrom { get; }

    /// <summary>How many slots from <see cref="ZeroFrom"/> a call zeroes.</summary>
    public int ZeroCount { get; }

    /// <summary>Largest frame size (locals plus operands), checked once per call.</summary>
    public int MaxHeight { get; }
}

/// <summary>
/// The pinned memory that holds a compiled module's translated ops, its first op aligned to a multiple of
/// its size (32 bytes): a pinned array's data is only 8-byte aligned, and an op that straddles two cache
/// lines costs the loop two line reads to fetch.
/// </summary>
internal sealed unsafe class CodeBlock
{
    private readonly byte[] _bytes;

    public CodeBlock(int ops)
    {
        _bytes = GC.AllocateUninitializedArray<byte>((ops + 1) * sizeof(InterpretedOp), pinned: true);
        nint data = (nint)System.Runtime.CompilerServices.Unsafe.AsPointer(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_bytes));
        First = (InterpretedOp*)((data + sizeof(InterpretedOp) - 1) & ~(nint)(sizeof(InterpretedOp) - 1));
    }

    /// <summary>The first op's address.</summary>
    public InterpretedOp* First { get; }
}
