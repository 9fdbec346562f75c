using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Fuzz.Generation;

/// <summary>
/// NaN canonicalization (wasm-smith's canonicalize_nans): the payload of an arithmetic NaN is the
/// engine's choice (https://webassembly.github.io/spec/core/exec/numerics.html#nan-propagation), so
/// once it flows into integer code two correct engines can disagree. With
/// <see cref="GeneratorOptions.CanonicalizeNans"/> every instruction that may produce one is followed
/// by code that replaces a NaN by the canonical NaN of its type, using scratch locals that the rest
/// of the generator never picks.
/// </summary>
internal sealed partial class Generator
{
    /// <summary>
    /// Operations of float-shaped rows that never make a NaN of their own: bit-exact ones (constants, loads,
    /// reinterpretations, sign operations, lane moves) and comparisons, whose all-ones masks are
    /// integer results that must not be rewritten.
    /// </summary>
    private static readonly HashSet<string> BitExactOperations =
    [
        "const", "load", "reinterpret_i32", "reinterpret_i64", "copysign", "abs", "neg",
        "splat", "extract_lane", "replace_lane", "eq", "ne", "lt", "gt", "le", "ge",
    ];

    /// <summary>
    /// The comparison that tells NaN lanes from others in the result of <paramref name="row"/>
    /// (<c>f32.eq</c>, <c>f64.eq</c>, <c>f32x4.eq</c> or <c>f64x2.eq</c>), or null when the row cannot
    /// produce an arithmetic NaN. Decided from the table: a row with one f32, f64 or v128 result whose
    /// mnemonic is in the f32/f64/f32x4/f64x2 family (its result shape; demote and promote name their
    /// result shape too) and whose operation is not in <see cref="BitExactOperations"/>. That leaves
    /// arithmetic, min/max/pmin/pmax, sqrt, rounding, and conversions, demote and promote (conversions
    /// from integers cannot make a NaN, canonicalizing them is a harmless no-op).
    /// </summary>
    internal static Opcode? NanComparison(InstructionInfo row)
    {
        if (!row.HasFixedSignature || row.Results.Length != 1)
        {
            return null;
        }
        int dot = row.Mnemonic.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || BitExactOperations.Contains(row.Mnemonic[(dot + 1)..]))
        {
            return null;
        }
        return (row.Mnemonic[..dot], row.Results[0]) switch
        {
            ("f32", ValType.F32) => Opcode.F32Eq,
            ("f64", ValType.F64) => Opcode.F64Eq,
            ("f32x4", ValType.V128) => Opcode.F32x4Eq,
            ("f64x2", ValType.V128) => Opcode.F64x2Eq,
            _ => null,
        };
    }

    /// <summary>The scratch locals' types: one per type the canonicalization code stores (none when off).</summary>
    private ImmutableArray<ValType> ScratchTypes() =>
        !_options.CanonicalizeNans ? []
        : Has(WasmFeatures.Simd) ? [ValType.F32, ValType.F64, ValType.V128]
        : [ValType.F32, ValType.F64];

    /// <summary>
    /// Replaces a NaN (or NaN lanes) on top of the stack by the canonical NaN, keeping other values, as
    /// wasm-smith does: <c>local.tee $t; const nan; local.get $t; local.get $t; eq; select</c> for scalars
    /// (<c>select</c> gives its first operand, <c>$t</c>, when the condition is nonzero, and its second,
    /// the canonical NaN, when <c>$t == $t</c> is false, i.e. <c>$t</c> is a NaN), and the same with
    /// <c>v128.const</c>, <c>f32x4.eq</c>/<c>f64x2.eq</c> and <c>v128.bitselect</c> for vectors
    /// (bitselect takes <c>$t</c>'s bits where the mask is set, the canonical NaN's elsewhere).
    /// Not charged to the body's instruction budget, so the option does not change what else is generated.
    /// </summary>
    private void Canonicalize(Opcode comparison)
    {
        var type = comparison switch
        {
            Opcode.F32Eq => ValType.F32,
            Opcode.F64Eq => ValType.F64,
            _ => ValType.V128,
        };
        uint scratch = _scratch[type];
        _code.Add(new Instruction(Opcode.LocalTee, scratch));
        _code.Add(comparison switch
        {
            Opcode.F32Eq => new Instruction(Opcode.F32Const, C: CanonicalF32),
            Opcode.F64Eq => new Instruction(Opcode.F64Const, C: CanonicalF64),
            Opcode.F32x4Eq => new Instruction(Opcode.V128Const, C: Splat(CanonicalF32), D: Splat(CanonicalF32)),
            _ => new Instruction(Opcode.V128Const, C: CanonicalF64, D: CanonicalF64),
        });
        _code.Add(new Instruction(Opcode.LocalGet, scratch));
        _code.Add(new Instruction(Opcode.LocalGet, scratch));
        _code.Add(new Instruction(comparison));
        _code.Add(new Instruction(type == ValType.V128 ? Opcode.V128Bitselect : Opcode.Select));
    }

    /// <summary>The canonical NaN of f32 (https://webassembly.github.io/spec/core/syntax/values.html#floating-point).</summary>
    internal const ulong CanonicalF32 = 0x7FC00000;

    /// <summary>The canonical NaN of f64.</summary>
    internal const ulong CanonicalF64 = 0x7FF8000000000000;
}
