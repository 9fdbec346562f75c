using Plumb.Structure;

namespace Plumb.Interpreter;

/// <summary>
/// A function body translated for the interpreter: shared by every instance of the compiled module
/// (it refers to functions, globals, tables and memories by index, resolved through the running
/// instance).
/// </summary>
internal sealed class InterpretedFunction
{
    public InterpretedFunction(FuncType type, InterpretedOp[] code, int[] offsets, int localCount, int maxHeight)
    {
        Type = type;
        Code = code;
        Offsets = offsets;
        ParamCount = type.Params.Length;
        ResultCount = type.Results.Length;
        LocalCount = localCount;
        MaxHeight = maxHeight;
    }

    public FuncType Type { get; }

    public InterpretedOp[] Code { get; }

    /// <summary>Byte offset in the binary of the instruction each op came from (-1 when unknown).</summary>
    public int[] Offsets { get; }

    public int ParamCount { get; }

    public int ResultCount { get; }

    /// <summary>Parameters plus declared locals: the slots below the operands.</summary>
    public int LocalCount { get; }

    /// <summary>Largest frame size (locals plus operands), checked once per call.</summary>
    public int MaxHeight { get; }
}
