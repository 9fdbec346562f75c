using Plumb.Instructions;
using Plumb.Structure;
using Plumb.Text.Wast;

namespace Plumb.Fuzz.Generation;

/// <summary>Constants and call arguments: edge values (where bugs hide) mixed with arbitrary bits.</summary>
internal sealed partial class Generator
{
    private static readonly ulong[] EdgeI32 = [0, 1, 2, 0xFFFFFFFF, 0x80000000, 0x7FFFFFFF, 0xFFFFFFFE, 31, 32, 63, 64, 0xFFFF, 0x10000];
    private static readonly ulong[] EdgeI64 =
        [0, 1, 2, ulong.MaxValue, 0x8000000000000000, 0x7FFFFFFFFFFFFFFF, 63, 64, 0xFFFFFFFF, 0x100000000, 0x80000000];
    private static readonly ulong[] EdgeF32 =
    [
        0x00000000, 0x80000000, 0x3F800000, 0xBF800000, 0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00000, 0x7FA00000,
        0x00000001, 0x7F7FFFFF, 0x4F000000, 0xCF000000, 0x5F000000, 0x3F000000, 0x3FC00000,
    ];
    private static readonly ulong[] EdgeF64 =
    [
        0x0000000000000000, 0x8000000000000000, 0x3FF0000000000000, 0xBFF0000000000000, 0x7FF0000000000000,
        0xFFF0000000000000, 0x7FF8000000000000, 0xFFF8000000000000, 0x7FF4000000000000, 0x0000000000000001,
        0x7FEFFFFFFFFFFFFF, 0x41E0000000000000, 0xC1E0000000000000, 0x43E0000000000000, 0x3FE0000000000000, 0x3FF8000000000000,
    ];

    /// <summary>The bits of a number of <paramref name="type"/>: small, an edge value, or arbitrary.</summary>
    private ulong NumberBits(ValType type)
    {
        var edges = type switch
        {
            ValType.I32 => EdgeI32,
            ValType.I64 => EdgeI64,
            ValType.F32 => EdgeF32,
            _ => EdgeF64,
        };
        ulong bits = _c.Int(0, 2) switch
        {
            0 => type is ValType.I32 or ValType.I64 ? (ulong)_c.Int(0, 16) : edges[_c.Int(0, 3)],
            1 => edges[_c.Int(0, edges.Length - 1)],
            _ => _c.Bits(),
        };
        return type is ValType.I32 or ValType.F32 ? bits & 0xFFFFFFFF : bits;
    }

    /// <summary>One constant instruction of <paramref name="type"/> (valid in constant expressions too).</summary>
    private Instruction ConstantInstruction(ValType type) => type switch
    {
        ValType.I32 => new Instruction(Opcode.I32Const, C: NumberBits(type)),
        ValType.I64 => new Instruction(Opcode.I64Const, C: NumberBits(type)),
        ValType.F32 => new Instruction(Opcode.F32Const, C: NumberBits(type)),
        ValType.F64 => new Instruction(Opcode.F64Const, C: NumberBits(type)),
        ValType.V128 => V128Constant(),
        ValType.FuncRef when Chance(2) => new Instruction(Opcode.RefFunc, (uint)_c.Int(0, _funcs.Count - 1)),
        _ => new Instruction(Opcode.RefNull, (uint)(byte)type),
    };

    private Instruction V128Constant() => _c.Int(0, 2) switch
    {
        0 => new Instruction(Opcode.V128Const, C: 0, D: 0),
        1 => new Instruction(Opcode.V128Const, C: Splat(NumberBits(ValType.I32)), D: Splat(NumberBits(ValType.I32))),
        _ => new Instruction(Opcode.V128Const, C: _c.Bits(), D: _c.Bits()),
    };

    private static ulong Splat(ulong low32) => (low32 & 0xFFFFFFFF) | (low32 << 32);

    /// <summary>
    /// An argument for a parameter of <paramref name="type"/>. References are what a script can
    /// name: a null, or for externref a small host reference number.
    /// </summary>
    private WastValue Argument(ValType type) => type switch
    {
        ValType.V128 => new WastValue(type, _c.Bits(), _c.Bits()),
        ValType.FuncRef => new WastValue(type, 0, IsNull: true),
        ValType.ExternRef => Chance(3) ? new WastValue(type, 0, IsNull: true) : new WastValue(type, (ulong)_c.Int(0, 3)),
        _ => new WastValue(type, NumberBits(type)),
    };
}
