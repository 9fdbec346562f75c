using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Tests.Engines.Interpreter;

/// <summary>Hand-assembled modules for engine tests (no text parser needed).</summary>
internal static class TestModules
{
    public static readonly ulong EmptyBlock = unchecked((ulong)-64L);

    public static Instruction I(Opcode opcode, uint a = 0, uint b = 0, ulong c = 0, ulong d = 0) => new(opcode, a, b, c, d);

    public static Instruction I32(int value) => new(Opcode.I32Const, C: (uint)value);

    public static Instruction I64(long value) => new(Opcode.I64Const, C: (ulong)value);

    public static Instruction LocalGet(uint index) => new(Opcode.LocalGet, index);

    public static Instruction Block(Opcode opcode, ValType? result = null) =>
        new(opcode, C: result is { } type ? (ulong)BlockType.Of(type).Raw : EmptyBlock);

    public static FuncType Type(ValType[] parameters, ValType[] results) => new([.. parameters], [.. results]);

    /// <summary>A module of functions, each exported under its name.</summary>
    public static Module Functions(params (string Name, FuncType Type, ValType[] Locals, Instruction[] Body)[] functions) => new()
    {
        Types = [.. functions.Select(f => f.Type)],
        Functions = [.. functions.Select((_, i) => (uint)i)],
        Codes = [.. functions.Select(f => new FunctionBody([.. f.Locals.Select(l => new LocalRun(1, l))], [.. f.Body, I(Opcode.End)], []))],
        Exports = [.. functions.Select((f, i) => new Export(f.Name, ExternKind.Func, (uint)i))],
    };

    /// <summary>A module exporting "f" that applies one fixed-signature instruction to its parameters.</summary>
    public static Module Operator(Opcode opcode)
    {
        var info = InstructionTable.Get(opcode);
        var body = info.Params.Select((_, i) => LocalGet((uint)i)).Append(I(opcode)).ToArray();
        return Functions(("f", new FuncType(info.Params, info.Results), [], body));
    }
}
