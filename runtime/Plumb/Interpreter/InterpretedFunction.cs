using Plumb.Structure;

namespace Plumb.Interpreter;

/// <summary>
/// A function body translated for the interpreter: shared by every instance of the compiled module
/// (it refers to functions, globals, tables and memories by index, resolved through the running
/// instance).
/// </summary>
internal sealed unsafe class InterpretedFunction
{
    /// <summary>
    /// Creates the function over <paramref name="code"/>[<paramref name="start"/>..+<paramref name="length"/>]:
    /// one pinned array holds every function of a compiled module, so that the interpreter walks the
    /// code by pointer without bounds checks and a module costs one allocation, not one per function.
    /// Jumps (indices within the function) become relative to their own op, and each op's code its <see cref="LoopCode"/>.
    /// </summary>
    public InterpretedFunction(FuncType type, InterpretedOp[] code, int start, int length, int[] offsets, int localCount, int maxHeight)
    {
        Type = type;
        _block = code;
        var ops = code.AsSpan(start, length);
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
        }
        Length = length;
        Start = (InterpretedOp*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref code[start]);
        Offsets = offsets;
        ParamCount = type.Params.Length;
        ResultCount = type.Results.Length;
        LocalCount = localCount;
        MaxHeight = maxHeight;
    }

    public FuncType Type { get; }

    // Keeps the pinned array (shared by the module's functions) alive as long as any function is.
    private readonly InterpretedOp[] _block;

    /// <summary>The address of the first op (in a pinned array).</summary>
    public InterpretedOp* Start { get; }

    /// <summary>The op at <paramref name="index"/> (0 to <see cref="Length"/> - 1), with the translator's <see cref="InterpretedOp.Code"/>.</summary>
    public InterpretedOp Op(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        var op = Start[index];
        op.Code = LoopCodes.CodeOf(op.Loop);
        return op;
    }

    /// <summary>The number of ops.</summary>
    public int Length { get; }

    /// <summary>Byte offset in the binary of the instruction each op came from (-1 when unknown).</summary>
    public int[] Offsets { get; }

    public int ParamCount { get; }

    public int ResultCount { get; }

    /// <summary>Parameters plus declared locals: the slots below the operands.</summary>
    public int LocalCount { get; }

    /// <summary>Largest frame size (locals plus operands), checked once per call.</summary>
    public int MaxHeight { get; }
}
