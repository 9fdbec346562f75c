using Plumb.Structure;

namespace Plumb.Interpreter;

/// <summary>
/// A function body translated for the interpreter: shared by every instance of the compiled module
/// (it refers to functions, globals, tables and memories by index, resolved through the running
/// instance).
/// </summary>
internal sealed unsafe class InterpretedFunction
{
    public InterpretedFunction(FuncType type, InterpretedOp[] code, int[] offsets, int localCount, int maxHeight)
    {
        Type = type;
        // Pinned so that the interpreter walks the code by pointer, without bounds checks.
        Code = GC.AllocateUninitializedArray<InterpretedOp>(code.Length, pinned: true);
        code.CopyTo(Code, 0);
        // Jumps become relative to their own op, so the interpreter needs no code base pointer.
        for (int i = 0; i < Code.Length; i++)
        {
            if (Code[i].Code is Instructions.Opcode.Br or Instructions.Opcode.BrIf or Instructions.Opcode.If or Instructions.Opcode.Else)
            {
                Code[i].A -= i;
            }
            else if (FusedOp.JumpsThroughD(Code[i].Code))
            {
                Code[i].D = (ulong)(long)((int)Code[i].D - i);
            }
        }
        Start = (InterpretedOp*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref Code[0]);
        Offsets = offsets;
        ParamCount = type.Params.Length;
        ResultCount = type.Results.Length;
        LocalCount = localCount;
        MaxHeight = maxHeight;
    }

    public FuncType Type { get; }

    public InterpretedOp[] Code { get; }

    /// <summary>The address of <see cref="Code"/>'s first op (the array is pinned).</summary>
    public InterpretedOp* Start { get; }

    /// <summary>Byte offset in the binary of the instruction each op came from (-1 when unknown).</summary>
    public int[] Offsets { get; }

    public int ParamCount { get; }

    public int ResultCount { get; }

    /// <summary>Parameters plus declared locals: the slots below the operands.</summary>
    public int LocalCount { get; }

    /// <summary>Largest frame size (locals plus operands), checked once per call.</summary>
    public int MaxHeight { get; }
}
