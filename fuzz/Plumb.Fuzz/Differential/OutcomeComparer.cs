using Plumb.Harness.Engines;
using Plumb.Text.Wast;

namespace Plumb.Fuzz.Differential;

/// <summary>
/// When two engines' outcomes of one step count as the same (fuzz/RATIONALE.md, "What does the
/// oracle compare, and what does it let vary?"). Values compare by their bits, with one explicit
/// exclusion: the spec lets the payload of a NaN produced by an arithmetic operator vary
/// (https://webassembly.github.io/spec/core/exec/numerics.html#nan-propagation), so two f32/f64 NaNs
/// agree when both are quiet (arithmetic NaNs), and v128 values agree when every differing 32-bit lane
/// (f32x4) or every differing 64-bit lane (f64x2) is a quiet NaN on both sides. A signalling NaN can only
/// come from a bit-exact operator (const, load, reinterpret, abs, neg, copysign), so it must match exactly.
/// Failures compare by category. Traps compare by trap kind (<see cref="TrapKinds"/>) only when both
/// engines name trap kinds faithfully (<see cref="NamesTrapKinds"/>) and both messages name one; otherwise
/// by category alone, as the harness compares other engines' failures.
/// </summary>
public static class OutcomeComparer
{
    /// <summary>The spec suite's trap messages (prefixes), the kinds traps are compared by.</summary>
    public static readonly IReadOnlyList<string> TrapKinds =
    [
        "unreachable",
        "integer divide by zero",
        "integer overflow",
        "invalid conversion to integer",
        "out of bounds memory access",
        "out of bounds table access",
        "undefined element",
        "uninitialized element",
        "indirect call type mismatch",
        "null reference",
        "null function reference",
    ];

    /// <summary>
    /// True if an engine's trap messages name the spec's trap kinds faithfully: Plumb's engines (exact
    /// messages), and Wasmtime, whose trap codes map one to one onto the kinds but for
    /// <see cref="EquivalentTrapKinds"/>. Other engines (V8 through its adapter: one message for a trap
    /// on NaN and on overflow in a conversion, one for a null entry and a signature mismatch) compare traps
    /// by category only.
    /// </summary>
    public static bool NamesTrapKinds(string name, bool exactMessages) => exactMessages || name == "wasmtime";

    /// <summary>True if the two outcomes of the same step agree.</summary>
    /// <param name="reference">The reference engine's outcome.</param>
    /// <param name="other">The other engine's outcome.</param>
    /// <param name="compareTrapKinds">False: any two traps agree (<see cref="NamesTrapKinds"/>).</param>
    public static bool Agree(Outcome reference, Outcome other, bool compareTrapKinds = true)
    {
        if (reference.Kind == OutcomeKind.Ok && other.Kind == OutcomeKind.Ok)
            return AgreeValues(reference.Values, other.Values);
        if (Category(reference.Kind) != Category(other.Kind))
            return false;
        if (reference.Kind == OutcomeKind.Trap && compareTrapKinds)
        {
            string? a = TrapKind(reference.Message), b = TrapKind(other.Message);
            return a is null || b is null || Canonical(a) == Canonical(b);
        }
        return true;
    }

    /// <summary>
    /// The trap kind a message names (the longest catalogue entry it starts with), or null when it
    /// names none (an engine's own wording).
    /// </summary>
    public static string? TrapKind(string message)
    {
        string? best = null;
        foreach (var kind in TrapKinds)
        {
            if (message.StartsWith(kind, StringComparison.Ordinal) && (best is null || kind.Length > best.Length))
                best = kind;
        }
        return best;
    }

    /// <summary>
    /// Trap kinds an engine cannot tell apart, compared as one: Wasmtime reports an out-of-range
    /// <c>call_indirect</c> index ("undefined element" in the spec's wording) and an out-of-bounds table
    /// access with the same trap code (fuzz/RATIONALE.md, "What does the oracle compare, and what does it let vary?").
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> EquivalentTrapKinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["undefined element"] = "out of bounds table access",
    };

    private static string Canonical(string kind) => EquivalentTrapKinds.TryGetValue(kind, out var same) ? same : kind;

    /// <summary>True if two result lists agree value by value.</summary>
    public static bool AgreeValues(IReadOnlyList<WastValue>? reference, IReadOnlyList<WastValue>? other)
    {
        reference ??= [];
        other ??= [];
        if (reference.Count != other.Count)
            return false;
        for (int i = 0; i < reference.Count; i++)
        {
            if (!AgreeValue(reference[i], other[i]))
                return false;
        }
        return true;
    }

    /// <summary>True if two values agree: same bits, or NaNs the spec lets differ.</summary>
    public static bool AgreeValue(WastValue a, WastValue b)
    {
        if (a.Type != b.Type)
            return false;
        return a.Type switch
        {
            ValType.I32 => (uint)a.Low == (uint)b.Low,
            ValType.I64 => a.Low == b.Low,
            ValType.F32 => (uint)a.Low == (uint)b.Low || (IsQuietNan32((uint)a.Low) && IsQuietNan32((uint)b.Low)),
            ValType.F64 => a.Low == b.Low || (IsQuietNan64(a.Low) && IsQuietNan64(b.Low)),
            ValType.V128 => (a.Low == b.Low && a.High == b.High) || LanesAgree32(a, b) || LanesAgree64(a, b),
            // A non-null funcref has no identity outside its engine; an externref is its host number.
            ValType.FuncRef => a.IsNull == b.IsNull,
            ValType.ExternRef => a.IsNull == b.IsNull && (a.IsNull || a.Low == b.Low),
            _ => false,
        };
    }

    /// <summary>True for an f32 NaN with the quiet bit set (an arithmetic NaN).</summary>
    public static bool IsQuietNan32(uint bits) => (bits & 0x7FC0_0000) == 0x7FC0_0000;

    /// <summary>True for an f64 NaN with the quiet bit set (an arithmetic NaN).</summary>
    public static bool IsQuietNan64(ulong bits) => (bits & 0x7FF8_0000_0000_0000) == 0x7FF8_0000_0000_0000;

    private static bool LanesAgree32(WastValue a, WastValue b)
    {
        for (int lane = 0; lane < 4; lane++)
        {
            uint x = Lane32(a, lane), y = Lane32(b, lane);
            if (x != y && !(IsQuietNan32(x) && IsQuietNan32(y)))
                return false;
        }
        return true;
    }

    private static bool LanesAgree64(WastValue a, WastValue b) =>
        (a.Low == b.Low || (IsQuietNan64(a.Low) && IsQuietNan64(b.Low))) &&
        (a.High == b.High || (IsQuietNan64(a.High) && IsQuietNan64(b.High)));

    internal static uint Lane32(WastValue v, int lane) => (uint)((lane < 2 ? v.Low : v.High) >> (32 * (lane % 2)));

    /// <summary>
    /// Failure categories as compared across engines: malformed, invalid and rejected are one
    /// category (only Plumb tells them apart), as in the harness's loose comparison.
    /// </summary>
    private static OutcomeKind Category(OutcomeKind kind) =>
        kind is OutcomeKind.Malformed or OutcomeKind.Invalid ? OutcomeKind.Rejected : kind;
}
