using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Validation;

/// <summary>
/// One validated function body and the facts the validator established about it: the types of all
/// locals, the stack bounds and the control side table. Engines read these instead of searching
/// the code for a matching <c>else</c> or <c>end</c>.
/// </summary>
internal sealed class ValidatedFunction
{
    internal ValidatedFunction(int functionIndex, uint typeIndex, FuncType type, FunctionBody body,
        ImmutableArray<ValType> localTypes, int maxStackHeight, int maxControlDepth,
        ImmutableArray<int> ends, ImmutableArray<int> elses)
    {
        FunctionIndex = functionIndex;
        TypeIndex = typeIndex;
        Type = type;
        Body = body;
        LocalTypes = localTypes;
        MaxStackHeight = maxStackHeight;
        MaxControlDepth = maxControlDepth;
        Ends = ends;
        Elses = elses;
    }

    /// <summary>The index of the function in the function index space (imports first).</summary>
    public int FunctionIndex { get; }

    /// <summary>The index of the function's type in the type section.</summary>
    public uint TypeIndex { get; }

    /// <summary>The function's type.</summary>
    public FuncType Type { get; }

    /// <summary>The body: local declarations and the instructions, ending with the final <c>end</c>.</summary>
    public FunctionBody Body { get; }

    /// <summary>The instructions of the body.</summary>
    public ImmutableArray<Instruction> Code => Body.Code;

    /// <summary>
    /// The type of every local, parameters first then the declared locals, in local index order
    /// (https://webassembly.github.io/spec/core/valid/modules.html#functions).
    /// </summary>
    public ImmutableArray<ValType> LocalTypes { get; }

    /// <summary>Number of parameters: the first locals.</summary>
    public int ParamCount => Type.Params.Length;

    /// <summary>
    /// The largest number of operands on the stack at any point of the body, locals not included.
    /// Counted as the validator's operand stack grows, so it also bounds unreachable code.
    /// </summary>
    public int MaxStackHeight { get; }

    /// <summary>The deepest nesting of labels, the function's own block included (so at least 1).</summary>
    public int MaxControlDepth { get; }

    /// <summary>
    /// Side table parallel to <see cref="Code"/>: for <c>block</c>, <c>loop</c>, <c>if</c> and <c>else</c> the
    /// index of the matching <c>end</c>; -1 for every other instruction.
    /// </summary>
    public ImmutableArray<int> Ends { get; }

    /// <summary>
    /// Side table parallel to <see cref="Code"/>: for <c>if</c> the index of its <c>else</c>, or -1 when it
    /// has none (and for every other instruction).
    /// </summary>
    public ImmutableArray<int> Elses { get; }

    /// <summary>The index of the <c>end</c> matching the block, loop, if or else at <paramref name="index"/>.</summary>
    public int EndOf(int index) => Ends[index];

    /// <summary>The index of the <c>else</c> of the <c>if</c> at <paramref name="index"/>, or -1.</summary>
    public int ElseOf(int index) => Elses[index];
}
