using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Tests.Validation;

/// <summary>Small builders for modules in validation tests, so that each case states only what it is about.</summary>
internal static class TestModules
{
    public static Instruction I(Opcode opcode, uint a = 0, uint b = 0, ulong c = 0, ulong d = 0) => new(opcode, a, b, c, d);

    public static Instruction I32Const(int value = 0) => new(Opcode.I32Const, C: (uint)value);

    public static Instruction Block(Opcode opcode, BlockType type) => new(opcode, C: (ulong)type.Raw);

    public static Instruction End => new(Opcode.End);

    public static FuncType Type(string parameters, string results) => new(Types(parameters), Types(results));

    public static ImmutableArray<ValType> Types(string letters) =>
        [.. letters.Select(c => c switch
        {
            'i' => ValType.I32,
            'l' => ValType.I64,
            'f' => ValType.F32,
            'd' => ValType.F64,
            'v' => ValType.V128,
            'r' => ValType.FuncRef,
            'e' => ValType.ExternRef,
            _ => throw new ArgumentException(letters),
        })];

    /// <summary>The instruction that pushes a value of <paramref name="type"/>.</summary>
    public static Instruction ConstOf(ValType type) => type switch
    {
        ValType.I32 => new(Opcode.I32Const),
        ValType.I64 => new(Opcode.I64Const),
        ValType.F32 => new(Opcode.F32Const),
        ValType.F64 => new(Opcode.F64Const),
        ValType.V128 => new(Opcode.V128Const),
        ValType.FuncRef or ValType.ExternRef => new(Opcode.RefNull, (uint)type),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static ConstExpr Const(params Instruction[] instructions) => new([.. instructions]);

    public static FunctionBody Body(params Instruction[] code) => new([], [.. code, End], []);

    public static FunctionBody Body(ImmutableArray<LocalRun> locals, ImmutableArray<uint> vectors, params Instruction[] code) =>
        new(locals, [.. code, End], vectors);

    /// <summary>A module with one function of the given type and body (the final end added).</summary>
    public static Module OneFunction(FuncType type, params Instruction[] code) => OneFunction(type, Body(code));

    public static Module OneFunction(FuncType type, FunctionBody body) => new()
    {
        Types = [type],
        Functions = [0],
        Codes = [body],
    };

    /// <summary>
    /// A module with everything an instruction may refer to: memory 0, funcref table 0, externref table 1,
    /// a passive funcref element segment, a passive data segment, a mutable i32 global, and function 0
    /// (type 0, [] → []) declared for ref.func by the element segment.
    /// </summary>
    public static Module Rich(FunctionBody body, FuncType? type = null) => new()
    {
        Types = [type ?? FuncType.Empty, FuncType.Empty],
        Functions = [0],
        Tables = [new TableType(ValType.FuncRef, new Limits(1, null)), new TableType(ValType.ExternRef, new Limits(1, null))],
        Memories = [new MemoryType(new Limits(1, null))],
        Globals = [new Global(new GlobalType(ValType.I32, true), Const(I32Const()))],
        Elements = [new ElementSegment(SegmentMode.Passive, ValType.FuncRef, [Const(I(Opcode.RefFunc, 0))])],
        Data = [new DataSegment(SegmentMode.Passive, [1, 2, 3])],
        DataCount = 1,
        Codes = [body],
    };
}
