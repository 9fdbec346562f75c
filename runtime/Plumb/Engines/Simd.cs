using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Plumb.Execution;
using Plumb.Instructions;

namespace Plumb.Engines;

/// <summary>
/// SIMD instructions (https://webassembly.github.io/spec/core/exec/instructions.html#vector-instructions),
/// shared by the engines so that both compute the same lanes: each runs one instruction on the top of a
/// stack of <see cref="WasmValue"/>s. Vector128 operators where their semantics are the spec's (wrapping
/// arithmetic, comparisons, bitwise, widening); lane loops where the spec differs from hardware (min, max,
/// rounding, saturating conversions, abs of the most negative value).
/// </summary>
internal static unsafe class Simd
{
    /// <summary>
    /// Runs the SIMD instruction <paramref name="row"/> (its immediates <paramref name="a"/>, <paramref name="c"/>
    /// and <paramref name="d"/> as <see cref="Structure.Instruction"/> holds them) on the operands below
    /// <paramref name="sp"/> of the stack at <paramref name="b"/>, with <paramref name="mem"/> as memory 0;
    /// returns the new stack top.
    /// </summary>
    // No zeroing of the frame on entry: the switch's cases have hundreds of vector temporaries between them, and
    // zeroing them all on every call cost more than most instructions (runtime/RATIONALE.md, "How does the
    // compiler compile SIMD?"). Every local is assigned before it is read, as C# requires.
    [SkipLocalsInit]
    public static int Execute(Opcode row, int a, ulong c, ulong d, MemoryInstance? mem, WasmValue* b, int sp)
    {
        var v = (Vector128<byte>*)b;
        switch (row)
        {
            // Memory.
            case Opcode.V128Load:
                v[sp - 1] = Unsafe.ReadUnaligned<Vector128<byte>>(ref Address(mem, (uint)b[sp - 1].Lo + c, 16));
                return sp;
            case Opcode.V128Load8x8S:
                v[sp - 1] = SimdOps.Load8x8S(Load<ulong>(mem, b, sp, c));
                return sp;
            case Opcode.V128Load8x8U:
                v[sp - 1] = SimdOps.Load8x8U(Load<ulong>(mem, b, sp, c));
                return sp;
            case Opcode.V128Load16x4S:
                v[sp - 1] = SimdOps.Load16x4S(Load<ulong>(mem, b, sp, c));
                return sp;
            case Opcode.V128Load16x4U:
                v[sp - 1] = SimdOps.Load16x4U(Load<ulong>(mem, b, sp, c));
                return sp;
            case Opcode.V128Load32x2S:
                v[sp - 1] = SimdOps.Load32x2S(Load<ulong>(mem, b, sp, c));
                return sp;
            case Opcode.V128Load32x2U:
                v[sp - 1] = SimdOps.Load32x2U(Load<ulong>(mem, b, sp, c));
                return sp;
            case Opcode.V128Load8Splat:
                v[sp - 1] = SimdOps.Load8Splat(Load<byte>(mem, b, sp, c));
                return sp;
            case Opcode.V128Load16Splat:
                v[sp - 1] = SimdOps.Load16Splat(Load<ushort>(mem, b, sp, c));
                return sp;
            case Opcode.V128Load32Splat:
                v[sp - 1] = SimdOps.Load32Splat(Load<uint>(mem, b, sp, c));
                return sp;
            case Opcode.V128Load64Splat:
                v[sp - 1] = SimdOps.Load64Splat(Load<ulong>(mem, b, sp, c));
                return sp;
            case Opcode.V128Load32Zero:
                v[sp - 1] = SimdOps.Load32Zero(Load<uint>(mem, b, sp, c));
                return sp;
            case Opcode.V128Load64Zero:
                v[sp - 1] = SimdOps.Load64Zero(Load<ulong>(mem, b, sp, c));
                return sp;
            case Opcode.V128Store:
                Unsafe.WriteUnaligned(ref Address(mem, (uint)b[sp - 2].Lo + c, 16), v[sp - 1]);
                return sp - 2;
            case Opcode.V128Load8Lane:
                v[sp - 2] = v[sp - 1].WithElement((int)d, Unsafe.ReadUnaligned<byte>(ref Address(mem, (uint)b[sp - 2].Lo + c, 1)));
                return sp - 1;
            case Opcode.V128Load16Lane:
                v[sp - 2] = v[sp - 1].AsUInt16().WithElement((int)d, Unsafe.ReadUnaligned<ushort>(ref Address(mem, (uint)b[sp - 2].Lo + c, 2))).AsByte();
                return sp - 1;
            case Opcode.V128Load32Lane:
                v[sp - 2] = v[sp - 1].AsUInt32().WithElement((int)d, Unsafe.ReadUnaligned<uint>(ref Address(mem, (uint)b[sp - 2].Lo + c, 4))).AsByte();
                return sp - 1;
            case Opcode.V128Load64Lane:
                v[sp - 2] = v[sp - 1].AsUInt64().WithElement((int)d, Unsafe.ReadUnaligned<ulong>(ref Address(mem, (uint)b[sp - 2].Lo + c, 8))).AsByte();
                return sp - 1;
            case Opcode.V128Store8Lane:
                Unsafe.WriteUnaligned(ref Address(mem, (uint)b[sp - 2].Lo + c, 1), v[sp - 1].GetElement((int)d));
                return sp - 2;
            case Opcode.V128Store16Lane:
                Unsafe.WriteUnaligned(ref Address(mem, (uint)b[sp - 2].Lo + c, 2), v[sp - 1].AsUInt16().GetElement((int)d));
                return sp - 2;
            case Opcode.V128Store32Lane:
                Unsafe.WriteUnaligned(ref Address(mem, (uint)b[sp - 2].Lo + c, 4), v[sp - 1].AsUInt32().GetElement((int)d));
                return sp - 2;
            case Opcode.V128Store64Lane:
                Unsafe.WriteUnaligned(ref Address(mem, (uint)b[sp - 2].Lo + c, 8), v[sp - 1].AsUInt64().GetElement((int)d));
                return sp - 2;

            // Constants, shuffles, splats and lanes.
            case Opcode.V128Const:
                v[sp] = Vector128.Create(c, d).AsByte();
                return sp + 1;
            case Opcode.I8x16Shuffle: return Bin(v, sp, SimdOps.I8x16Shuffle(v[sp - 2], v[sp - 1], c, d));
            case Opcode.I8x16Swizzle: return Bin(v, sp, SimdOps.I8x16Swizzle(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16Splat:
                v[sp - 1] = Vector128.Create((byte)b[sp - 1].Lo);
                return sp;
            case Opcode.I16x8Splat:
                v[sp - 1] = Vector128.Create((ushort)b[sp - 1].Lo).AsByte();
                return sp;
            case Opcode.I32x4Splat:
            case Opcode.F32x4Splat:
                v[sp - 1] = Vector128.Create((uint)b[sp - 1].Lo).AsByte();
                return sp;
            case Opcode.I64x2Splat:
            case Opcode.F64x2Splat:
                v[sp - 1] = Vector128.Create(b[sp - 1].Lo).AsByte();
                return sp;
            case Opcode.I8x16ExtractLaneS:
                b[sp - 1] = new WasmValue((uint)(int)v[sp - 1].AsSByte().GetElement(a));
                return sp;
            case Opcode.I8x16ExtractLaneU:
                b[sp - 1] = new WasmValue(v[sp - 1].GetElement(a));
                return sp;
            case Opcode.I16x8ExtractLaneS:
                b[sp - 1] = new WasmValue((uint)(int)v[sp - 1].AsInt16().GetElement(a));
                return sp;
            case Opcode.I16x8ExtractLaneU:
                b[sp - 1] = new WasmValue(v[sp - 1].AsUInt16().GetElement(a));
                return sp;
            case Opcode.I32x4ExtractLane:
            case Opcode.F32x4ExtractLane:
                b[sp - 1] = new WasmValue(v[sp - 1].AsUInt32().GetElement(a));
                return sp;
            case Opcode.I64x2ExtractLane:
            case Opcode.F64x2ExtractLane:
                b[sp - 1] = new WasmValue(v[sp - 1].AsUInt64().GetElement(a));
                return sp;
            case Opcode.I8x16ReplaceLane:
                v[sp - 2] = v[sp - 2].WithElement(a, (byte)b[sp - 1].Lo);
                return sp - 1;
            case Opcode.I16x8ReplaceLane:
                v[sp - 2] = v[sp - 2].AsUInt16().WithElement(a, (ushort)b[sp - 1].Lo).AsByte();
                return sp - 1;
            case Opcode.I32x4ReplaceLane:
            case Opcode.F32x4ReplaceLane:
                v[sp - 2] = v[sp - 2].AsUInt32().WithElement(a, (uint)b[sp - 1].Lo).AsByte();
                return sp - 1;
            case Opcode.I64x2ReplaceLane:
            case Opcode.F64x2ReplaceLane:
                v[sp - 2] = v[sp - 2].AsUInt64().WithElement(a, b[sp - 1].Lo).AsByte();
                return sp - 1;

            // Comparisons: all-ones lanes for true.
            case Opcode.I8x16Eq: return Bin(v, sp, SimdOps.I8x16Eq(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16Ne: return Bin(v, sp, SimdOps.I8x16Ne(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16LtS: return Bin(v, sp, SimdOps.I8x16LtS(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16LtU: return Bin(v, sp, SimdOps.I8x16LtU(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16GtS: return Bin(v, sp, SimdOps.I8x16GtS(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16GtU: return Bin(v, sp, SimdOps.I8x16GtU(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16LeS: return Bin(v, sp, SimdOps.I8x16LeS(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16LeU: return Bin(v, sp, SimdOps.I8x16LeU(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16GeS: return Bin(v, sp, SimdOps.I8x16GeS(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16GeU: return Bin(v, sp, SimdOps.I8x16GeU(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8Eq: return Bin(v, sp, SimdOps.I16x8Eq(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8Ne: return Bin(v, sp, SimdOps.I16x8Ne(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8LtS: return Bin(v, sp, SimdOps.I16x8LtS(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8LtU: return Bin(v, sp, SimdOps.I16x8LtU(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8GtS: return Bin(v, sp, SimdOps.I16x8GtS(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8GtU: return Bin(v, sp, SimdOps.I16x8GtU(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8LeS: return Bin(v, sp, SimdOps.I16x8LeS(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8LeU: return Bin(v, sp, SimdOps.I16x8LeU(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8GeS: return Bin(v, sp, SimdOps.I16x8GeS(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8GeU: return Bin(v, sp, SimdOps.I16x8GeU(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4Eq: return Bin(v, sp, SimdOps.I32x4Eq(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4Ne: return Bin(v, sp, SimdOps.I32x4Ne(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4LtS: return Bin(v, sp, SimdOps.I32x4LtS(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4LtU: return Bin(v, sp, SimdOps.I32x4LtU(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4GtS: return Bin(v, sp, SimdOps.I32x4GtS(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4GtU: return Bin(v, sp, SimdOps.I32x4GtU(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4LeS: return Bin(v, sp, SimdOps.I32x4LeS(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4LeU: return Bin(v, sp, SimdOps.I32x4LeU(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4GeS: return Bin(v, sp, SimdOps.I32x4GeS(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4GeU: return Bin(v, sp, SimdOps.I32x4GeU(v[sp - 2], v[sp - 1]));
            case Opcode.I64x2Eq: return Bin(v, sp, SimdOps.I64x2Eq(v[sp - 2], v[sp - 1]));
            case Opcode.I64x2Ne: return Bin(v, sp, SimdOps.I64x2Ne(v[sp - 2], v[sp - 1]));
            case Opcode.I64x2LtS: return Bin(v, sp, SimdOps.I64x2LtS(v[sp - 2], v[sp - 1]));
            case Opcode.I64x2GtS: return Bin(v, sp, SimdOps.I64x2GtS(v[sp - 2], v[sp - 1]));
            case Opcode.I64x2LeS: return Bin(v, sp, SimdOps.I64x2LeS(v[sp - 2], v[sp - 1]));
            case Opcode.I64x2GeS: return Bin(v, sp, SimdOps.I64x2GeS(v[sp - 2], v[sp - 1]));
            case Opcode.F32x4Eq: return Bin(v, sp, SimdOps.F32x4Eq(v[sp - 2], v[sp - 1]));
            case Opcode.F32x4Ne: return Bin(v, sp, SimdOps.F32x4Ne(v[sp - 2], v[sp - 1]));
            case Opcode.F32x4Lt: return Bin(v, sp, SimdOps.F32x4Lt(v[sp - 2], v[sp - 1]));
            case Opcode.F32x4Gt: return Bin(v, sp, SimdOps.F32x4Gt(v[sp - 2], v[sp - 1]));
            case Opcode.F32x4Le: return Bin(v, sp, SimdOps.F32x4Le(v[sp - 2], v[sp - 1]));
            case Opcode.F32x4Ge: return Bin(v, sp, SimdOps.F32x4Ge(v[sp - 2], v[sp - 1]));
            case Opcode.F64x2Eq: return Bin(v, sp, SimdOps.F64x2Eq(v[sp - 2], v[sp - 1]));
            case Opcode.F64x2Ne: return Bin(v, sp, SimdOps.F64x2Ne(v[sp - 2], v[sp - 1]));
            case Opcode.F64x2Lt: return Bin(v, sp, SimdOps.F64x2Lt(v[sp - 2], v[sp - 1]));
            case Opcode.F64x2Gt: return Bin(v, sp, SimdOps.F64x2Gt(v[sp - 2], v[sp - 1]));
            case Opcode.F64x2Le: return Bin(v, sp, SimdOps.F64x2Le(v[sp - 2], v[sp - 1]));
            case Opcode.F64x2Ge: return Bin(v, sp, SimdOps.F64x2Ge(v[sp - 2], v[sp - 1]));

            // Bitwise.
            case Opcode.V128Not: v[sp - 1] = SimdOps.V128Not(v[sp - 1]); return sp;
            case Opcode.V128And: return Bin(v, sp, SimdOps.V128And(v[sp - 2], v[sp - 1]));
            case Opcode.V128Andnot: return Bin(v, sp, SimdOps.V128Andnot(v[sp - 2], v[sp - 1]));
            case Opcode.V128Or: return Bin(v, sp, SimdOps.V128Or(v[sp - 2], v[sp - 1]));
            case Opcode.V128Xor: return Bin(v, sp, SimdOps.V128Xor(v[sp - 2], v[sp - 1]));
            case Opcode.V128Bitselect:
                v[sp - 3] = SimdOps.V128Bitselect(v[sp - 3], v[sp - 2], v[sp - 1]);
                return sp - 2;
            case Opcode.V128AnyTrue: b[sp - 1] = new WasmValue((uint)SimdOps.V128AnyTrue(v[sp - 1])); return sp;
            case Opcode.I8x16AllTrue: b[sp - 1] = new WasmValue((uint)SimdOps.I8x16AllTrue(v[sp - 1])); return sp;
            case Opcode.I16x8AllTrue: b[sp - 1] = new WasmValue((uint)SimdOps.I16x8AllTrue(v[sp - 1])); return sp;
            case Opcode.I32x4AllTrue: b[sp - 1] = new WasmValue((uint)SimdOps.I32x4AllTrue(v[sp - 1])); return sp;
            case Opcode.I64x2AllTrue: b[sp - 1] = new WasmValue((uint)SimdOps.I64x2AllTrue(v[sp - 1])); return sp;
            case Opcode.I8x16Bitmask: b[sp - 1] = new WasmValue((uint)SimdOps.I8x16Bitmask(v[sp - 1])); return sp;
            case Opcode.I16x8Bitmask: b[sp - 1] = new WasmValue((uint)SimdOps.I16x8Bitmask(v[sp - 1])); return sp;
            case Opcode.I32x4Bitmask: b[sp - 1] = new WasmValue((uint)SimdOps.I32x4Bitmask(v[sp - 1])); return sp;
            case Opcode.I64x2Bitmask: b[sp - 1] = new WasmValue((uint)SimdOps.I64x2Bitmask(v[sp - 1])); return sp;

            // Integer arithmetic.
            case Opcode.I8x16Abs: v[sp - 1] = SimdOps.I8x16Abs(v[sp - 1]); return sp;
            case Opcode.I16x8Abs: v[sp - 1] = SimdOps.I16x8Abs(v[sp - 1]); return sp;
            case Opcode.I32x4Abs: v[sp - 1] = SimdOps.I32x4Abs(v[sp - 1]); return sp;
            case Opcode.I64x2Abs: v[sp - 1] = SimdOps.I64x2Abs(v[sp - 1]); return sp;
            case Opcode.I8x16Neg: v[sp - 1] = SimdOps.I8x16Neg(v[sp - 1]); return sp;
            case Opcode.I16x8Neg: v[sp - 1] = SimdOps.I16x8Neg(v[sp - 1]); return sp;
            case Opcode.I32x4Neg: v[sp - 1] = SimdOps.I32x4Neg(v[sp - 1]); return sp;
            case Opcode.I64x2Neg: v[sp - 1] = SimdOps.I64x2Neg(v[sp - 1]); return sp;
            case Opcode.I8x16Popcnt: v[sp - 1] = SimdOps.I8x16Popcnt(v[sp - 1]); return sp;
            case Opcode.I8x16Add: return Bin(v, sp, SimdOps.I8x16Add(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8Add: return Bin(v, sp, SimdOps.I16x8Add(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4Add: return Bin(v, sp, SimdOps.I32x4Add(v[sp - 2], v[sp - 1]));
            case Opcode.I64x2Add: return Bin(v, sp, SimdOps.I64x2Add(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16Sub: return Bin(v, sp, SimdOps.I8x16Sub(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8Sub: return Bin(v, sp, SimdOps.I16x8Sub(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4Sub: return Bin(v, sp, SimdOps.I32x4Sub(v[sp - 2], v[sp - 1]));
            case Opcode.I64x2Sub: return Bin(v, sp, SimdOps.I64x2Sub(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8Mul: return Bin(v, sp, SimdOps.I16x8Mul(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4Mul: return Bin(v, sp, SimdOps.I32x4Mul(v[sp - 2], v[sp - 1]));
            case Opcode.I64x2Mul: return Bin(v, sp, SimdOps.I64x2Mul(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16AddSatS: return Bin(v, sp, SimdOps.I8x16AddSatS(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16AddSatU: return Bin(v, sp, SimdOps.I8x16AddSatU(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16SubSatS: return Bin(v, sp, SimdOps.I8x16SubSatS(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16SubSatU: return Bin(v, sp, SimdOps.I8x16SubSatU(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8AddSatS: return Bin(v, sp, SimdOps.I16x8AddSatS(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8AddSatU: return Bin(v, sp, SimdOps.I16x8AddSatU(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8SubSatS: return Bin(v, sp, SimdOps.I16x8SubSatS(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8SubSatU: return Bin(v, sp, SimdOps.I16x8SubSatU(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16MinS: return Bin(v, sp, SimdOps.I8x16MinS(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16MinU: return Bin(v, sp, SimdOps.I8x16MinU(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16MaxS: return Bin(v, sp, SimdOps.I8x16MaxS(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16MaxU: return Bin(v, sp, SimdOps.I8x16MaxU(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8MinS: return Bin(v, sp, SimdOps.I16x8MinS(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8MinU: return Bin(v, sp, SimdOps.I16x8MinU(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8MaxS: return Bin(v, sp, SimdOps.I16x8MaxS(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8MaxU: return Bin(v, sp, SimdOps.I16x8MaxU(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4MinS: return Bin(v, sp, SimdOps.I32x4MinS(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4MinU: return Bin(v, sp, SimdOps.I32x4MinU(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4MaxS: return Bin(v, sp, SimdOps.I32x4MaxS(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4MaxU: return Bin(v, sp, SimdOps.I32x4MaxU(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16AvgrU: return Bin(v, sp, SimdOps.I8x16AvgrU(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8AvgrU: return Bin(v, sp, SimdOps.I16x8AvgrU(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8Q15mulrSatS: return Bin(v, sp, SimdOps.I16x8Q15mulrSatS(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4DotI16x8S: return Bin(v, sp, SimdOps.I32x4DotI16x8S(v[sp - 2], v[sp - 1]));

            // Shifts: the count is taken modulo the lane width.
            case Opcode.I8x16Shl: return Shift(b, v, sp, SimdOps.I8x16Shl(v[sp - 2], (int)b[sp - 1].Lo));
            case Opcode.I8x16ShrS: return Shift(b, v, sp, SimdOps.I8x16ShrS(v[sp - 2], (int)b[sp - 1].Lo));
            case Opcode.I8x16ShrU: return Shift(b, v, sp, SimdOps.I8x16ShrU(v[sp - 2], (int)b[sp - 1].Lo));
            case Opcode.I16x8Shl: return Shift(b, v, sp, SimdOps.I16x8Shl(v[sp - 2], (int)b[sp - 1].Lo));
            case Opcode.I16x8ShrS: return Shift(b, v, sp, SimdOps.I16x8ShrS(v[sp - 2], (int)b[sp - 1].Lo));
            case Opcode.I16x8ShrU: return Shift(b, v, sp, SimdOps.I16x8ShrU(v[sp - 2], (int)b[sp - 1].Lo));
            case Opcode.I32x4Shl: return Shift(b, v, sp, SimdOps.I32x4Shl(v[sp - 2], (int)b[sp - 1].Lo));
            case Opcode.I32x4ShrS: return Shift(b, v, sp, SimdOps.I32x4ShrS(v[sp - 2], (int)b[sp - 1].Lo));
            case Opcode.I32x4ShrU: return Shift(b, v, sp, SimdOps.I32x4ShrU(v[sp - 2], (int)b[sp - 1].Lo));
            case Opcode.I64x2Shl: return Shift(b, v, sp, SimdOps.I64x2Shl(v[sp - 2], (int)b[sp - 1].Lo));
            case Opcode.I64x2ShrS: return Shift(b, v, sp, SimdOps.I64x2ShrS(v[sp - 2], (int)b[sp - 1].Lo));
            case Opcode.I64x2ShrU: return Shift(b, v, sp, SimdOps.I64x2ShrU(v[sp - 2], (int)b[sp - 1].Lo));

            // Widening, narrowing and pairwise.
            case Opcode.I16x8ExtendLowI8x16S: v[sp - 1] = SimdOps.I16x8ExtendLowI8x16S(v[sp - 1]); return sp;
            case Opcode.I16x8ExtendHighI8x16S: v[sp - 1] = SimdOps.I16x8ExtendHighI8x16S(v[sp - 1]); return sp;
            case Opcode.I16x8ExtendLowI8x16U: v[sp - 1] = SimdOps.I16x8ExtendLowI8x16U(v[sp - 1]); return sp;
            case Opcode.I16x8ExtendHighI8x16U: v[sp - 1] = SimdOps.I16x8ExtendHighI8x16U(v[sp - 1]); return sp;
            case Opcode.I32x4ExtendLowI16x8S: v[sp - 1] = SimdOps.I32x4ExtendLowI16x8S(v[sp - 1]); return sp;
            case Opcode.I32x4ExtendHighI16x8S: v[sp - 1] = SimdOps.I32x4ExtendHighI16x8S(v[sp - 1]); return sp;
            case Opcode.I32x4ExtendLowI16x8U: v[sp - 1] = SimdOps.I32x4ExtendLowI16x8U(v[sp - 1]); return sp;
            case Opcode.I32x4ExtendHighI16x8U: v[sp - 1] = SimdOps.I32x4ExtendHighI16x8U(v[sp - 1]); return sp;
            case Opcode.I64x2ExtendLowI32x4S: v[sp - 1] = SimdOps.I64x2ExtendLowI32x4S(v[sp - 1]); return sp;
            case Opcode.I64x2ExtendHighI32x4S: v[sp - 1] = SimdOps.I64x2ExtendHighI32x4S(v[sp - 1]); return sp;
            case Opcode.I64x2ExtendLowI32x4U: v[sp - 1] = SimdOps.I64x2ExtendLowI32x4U(v[sp - 1]); return sp;
            case Opcode.I64x2ExtendHighI32x4U: v[sp - 1] = SimdOps.I64x2ExtendHighI32x4U(v[sp - 1]); return sp;
            case Opcode.I16x8ExtmulLowI8x16S: return Bin(v, sp, SimdOps.I16x8ExtmulLowI8x16S(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8ExtmulHighI8x16S: return Bin(v, sp, SimdOps.I16x8ExtmulHighI8x16S(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8ExtmulLowI8x16U: return Bin(v, sp, SimdOps.I16x8ExtmulLowI8x16U(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8ExtmulHighI8x16U: return Bin(v, sp, SimdOps.I16x8ExtmulHighI8x16U(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4ExtmulLowI16x8S: return Bin(v, sp, SimdOps.I32x4ExtmulLowI16x8S(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4ExtmulHighI16x8S: return Bin(v, sp, SimdOps.I32x4ExtmulHighI16x8S(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4ExtmulLowI16x8U: return Bin(v, sp, SimdOps.I32x4ExtmulLowI16x8U(v[sp - 2], v[sp - 1]));
            case Opcode.I32x4ExtmulHighI16x8U: return Bin(v, sp, SimdOps.I32x4ExtmulHighI16x8U(v[sp - 2], v[sp - 1]));
            case Opcode.I64x2ExtmulLowI32x4S: return Bin(v, sp, SimdOps.I64x2ExtmulLowI32x4S(v[sp - 2], v[sp - 1]));
            case Opcode.I64x2ExtmulHighI32x4S: return Bin(v, sp, SimdOps.I64x2ExtmulHighI32x4S(v[sp - 2], v[sp - 1]));
            case Opcode.I64x2ExtmulLowI32x4U: return Bin(v, sp, SimdOps.I64x2ExtmulLowI32x4U(v[sp - 2], v[sp - 1]));
            case Opcode.I64x2ExtmulHighI32x4U: return Bin(v, sp, SimdOps.I64x2ExtmulHighI32x4U(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8ExtaddPairwiseI8x16S: v[sp - 1] = SimdOps.I16x8ExtaddPairwiseI8x16S(v[sp - 1]); return sp;
            case Opcode.I16x8ExtaddPairwiseI8x16U: v[sp - 1] = SimdOps.I16x8ExtaddPairwiseI8x16U(v[sp - 1]); return sp;
            case Opcode.I32x4ExtaddPairwiseI16x8S: v[sp - 1] = SimdOps.I32x4ExtaddPairwiseI16x8S(v[sp - 1]); return sp;
            case Opcode.I32x4ExtaddPairwiseI16x8U: v[sp - 1] = SimdOps.I32x4ExtaddPairwiseI16x8U(v[sp - 1]); return sp;
            case Opcode.I8x16NarrowI16x8S: return Bin(v, sp, SimdOps.I8x16NarrowI16x8S(v[sp - 2], v[sp - 1]));
            case Opcode.I8x16NarrowI16x8U: return Bin(v, sp, SimdOps.I8x16NarrowI16x8U(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8NarrowI32x4S: return Bin(v, sp, SimdOps.I16x8NarrowI32x4S(v[sp - 2], v[sp - 1]));
            case Opcode.I16x8NarrowI32x4U: return Bin(v, sp, SimdOps.I16x8NarrowI32x4U(v[sp - 2], v[sp - 1]));

            // Floating point.
            case Opcode.F32x4Abs: v[sp - 1] = SimdOps.F32x4Abs(v[sp - 1]); return sp;
            case Opcode.F32x4Neg: v[sp - 1] = SimdOps.F32x4Neg(v[sp - 1]); return sp;
            case Opcode.F64x2Abs: v[sp - 1] = SimdOps.F64x2Abs(v[sp - 1]); return sp;
            case Opcode.F64x2Neg: v[sp - 1] = SimdOps.F64x2Neg(v[sp - 1]); return sp;
            case Opcode.F32x4Sqrt: v[sp - 1] = SimdOps.F32x4Sqrt(v[sp - 1]); return sp;
            case Opcode.F64x2Sqrt: v[sp - 1] = SimdOps.F64x2Sqrt(v[sp - 1]); return sp;
            case Opcode.F32x4Ceil: v[sp - 1] = SimdOps.F32x4Ceil(v[sp - 1]); return sp;
            case Opcode.F32x4Floor: v[sp - 1] = SimdOps.F32x4Floor(v[sp - 1]); return sp;
            case Opcode.F32x4Trunc: v[sp - 1] = SimdOps.F32x4Trunc(v[sp - 1]); return sp;
            case Opcode.F32x4Nearest: v[sp - 1] = SimdOps.F32x4Nearest(v[sp - 1]); return sp;
            case Opcode.F64x2Ceil: v[sp - 1] = SimdOps.F64x2Ceil(v[sp - 1]); return sp;
            case Opcode.F64x2Floor: v[sp - 1] = SimdOps.F64x2Floor(v[sp - 1]); return sp;
            case Opcode.F64x2Trunc: v[sp - 1] = SimdOps.F64x2Trunc(v[sp - 1]); return sp;
            case Opcode.F64x2Nearest: v[sp - 1] = SimdOps.F64x2Nearest(v[sp - 1]); return sp;
            case Opcode.F32x4Add: return Bin(v, sp, SimdOps.F32x4Add(v[sp - 2], v[sp - 1]));
            case Opcode.F32x4Sub: return Bin(v, sp, SimdOps.F32x4Sub(v[sp - 2], v[sp - 1]));
            case Opcode.F32x4Mul: return Bin(v, sp, SimdOps.F32x4Mul(v[sp - 2], v[sp - 1]));
            case Opcode.F32x4Div: return Bin(v, sp, SimdOps.F32x4Div(v[sp - 2], v[sp - 1]));
            case Opcode.F64x2Add: return Bin(v, sp, SimdOps.F64x2Add(v[sp - 2], v[sp - 1]));
            case Opcode.F64x2Sub: return Bin(v, sp, SimdOps.F64x2Sub(v[sp - 2], v[sp - 1]));
            case Opcode.F64x2Mul: return Bin(v, sp, SimdOps.F64x2Mul(v[sp - 2], v[sp - 1]));
            case Opcode.F64x2Div: return Bin(v, sp, SimdOps.F64x2Div(v[sp - 2], v[sp - 1]));
            case Opcode.F32x4Min: return Bin(v, sp, SimdOps.F32x4Min(v[sp - 2], v[sp - 1]));
            case Opcode.F32x4Max: return Bin(v, sp, SimdOps.F32x4Max(v[sp - 2], v[sp - 1]));
            case Opcode.F64x2Min: return Bin(v, sp, SimdOps.F64x2Min(v[sp - 2], v[sp - 1]));
            case Opcode.F64x2Max: return Bin(v, sp, SimdOps.F64x2Max(v[sp - 2], v[sp - 1]));
            // pmin/pmax (https://webassembly.github.io/spec/core/exec/numerics.html#op-fpmin): b < a ? b : a, bit-exact.
            case Opcode.F32x4Pmin: return Bin(v, sp, SimdOps.F32x4Pmin(v[sp - 2], v[sp - 1]));
            case Opcode.F32x4Pmax: return Bin(v, sp, SimdOps.F32x4Pmax(v[sp - 2], v[sp - 1]));
            case Opcode.F64x2Pmin: return Bin(v, sp, SimdOps.F64x2Pmin(v[sp - 2], v[sp - 1]));
            case Opcode.F64x2Pmax: return Bin(v, sp, SimdOps.F64x2Pmax(v[sp - 2], v[sp - 1]));

            // Conversions.
            case Opcode.I32x4TruncSatF32x4S: v[sp - 1] = SimdOps.I32x4TruncSatF32x4S(v[sp - 1]); return sp;
            case Opcode.I32x4TruncSatF32x4U: v[sp - 1] = SimdOps.I32x4TruncSatF32x4U(v[sp - 1]); return sp;
            case Opcode.F32x4ConvertI32x4S: v[sp - 1] = SimdOps.F32x4ConvertI32x4S(v[sp - 1]); return sp;
            case Opcode.F32x4ConvertI32x4U: v[sp - 1] = SimdOps.F32x4ConvertI32x4U(v[sp - 1]); return sp;
            case Opcode.I32x4TruncSatF64x2SZero: v[sp - 1] = SimdOps.I32x4TruncSatF64x2SZero(v[sp - 1]); return sp;
            case Opcode.I32x4TruncSatF64x2UZero: v[sp - 1] = SimdOps.I32x4TruncSatF64x2UZero(v[sp - 1]); return sp;
            case Opcode.F64x2ConvertLowI32x4S: v[sp - 1] = SimdOps.F64x2ConvertLowI32x4S(v[sp - 1]); return sp;
            case Opcode.F64x2ConvertLowI32x4U: v[sp - 1] = SimdOps.F64x2ConvertLowI32x4U(v[sp - 1]); return sp;
            case Opcode.F32x4DemoteF64x2Zero: v[sp - 1] = SimdOps.F32x4DemoteF64x2Zero(v[sp - 1]); return sp;
            case Opcode.F64x2PromoteLowF32x4: v[sp - 1] = SimdOps.F64x2PromoteLowF32x4(v[sp - 1]); return sp;
        }
        throw new InvalidOperationException($"no SIMD instruction {row}");
    }

    /// <summary>The <paramref name="size"/> bytes at <paramref name="address"/> of <paramref name="memory"/> (by their first), or a trap if they are not all inside.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref byte Address(MemoryInstance? memory, ulong address, int size)
    {
        var m = memory!;
        if (address + (ulong)size > m.Length)
        {
            Numerics.ThrowTrap(TrapKind.OutOfBoundsMemoryAccess);
        }
        return ref m.Base[address];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Load<T>(MemoryInstance? memory, WasmValue* b, int sp, ulong offset) where T : unmanaged =>
        Unsafe.ReadUnaligned<T>(ref Address(memory, (uint)b[sp - 1].Lo + offset, sizeof(T)));

    private static int Bin(Vector128<byte>* v, int sp, Vector128<byte> result)
    {
        v[sp - 2] = result;
        return sp - 1;
    }

    private static int Shift(WasmValue* b, Vector128<byte>* v, int sp, Vector128<byte> result)
    {
        v[sp - 2] = result;
        return sp - 1;
    }

    private static int Test(WasmValue* b, Vector128<byte>* v, int sp, bool result)
    {
        b[sp - 1] = new WasmValue(result ? 1UL : 0UL);
        return sp;
    }

    internal static Vector128<T> Map<T>(Vector128<T> x, Func<T, T> f)
    {
        Vector128<T> r = default;
        for (int i = 0; i < Vector128<T>.Count; i++)
        {
            r = r.WithElement(i, f(x.GetElement(i)));
        }
        return r;
    }

    internal static Vector128<TResult> MapTo<T, TResult>(Vector128<T> x, Func<T, TResult> f)
    {
        Vector128<TResult> r = default;
        for (int i = 0; i < Vector128<T>.Count; i++)
        {
            r = r.WithElement(i, f(x.GetElement(i)));
        }
        return r;
    }

    internal static Vector128<int> Convert(Vector128<float> x, Func<float, int> f)
    {
        Vector128<int> r = default;
        for (int i = 0; i < 4; i++)
        {
            r = r.WithElement(i, f(x.GetElement(i)));
        }
        return r;
    }

    internal static Vector128<T> Zip<T>(Vector128<T> x, Vector128<T> y, Func<T, T, T> f)
    {
        Vector128<T> r = default;
        for (int i = 0; i < Vector128<T>.Count; i++)
        {
            r = r.WithElement(i, f(x.GetElement(i), y.GetElement(i)));
        }
        return r;
    }
}
