using System.Globalization;
using Plumb.Text.Wast;

namespace Plumb.Harness;

/// <summary>Renders values and expectations in WAST syntax for failure reports (floats also as raw bits, so NaN payloads show).</summary>
internal static class ValueText
{
    /// <summary>One value, e.g. <c>(i32.const 42)</c> or <c>(f32.const nan:0x400000 (0x7fc00000))</c>.</summary>
    public static string Format(WastValue value) => value.Type switch
    {
        ValType.I32 => $"(i32.const {unchecked((int)(uint)value.Low)})",
        ValType.I64 => $"(i64.const {unchecked((long)value.Low)})",
        ValType.F32 => $"(f32.const {Float32((uint)value.Low)})",
        ValType.F64 => $"(f64.const {Float64(value.Low)})",
        ValType.V128 => $"(v128.const i64x2 0x{value.Low:x16} 0x{value.High:x16})",
        ValType.FuncRef => value.IsNull ? "(ref.null func)" : "(ref.func)",
        ValType.ExternRef => value.IsNull ? "(ref.null extern)" : $"(ref.extern {value.Low})",
        _ => $"({value.Type.ToText()} ?)",
    };

    /// <summary>One expectation.</summary>
    public static string Format(WastExpected expected) => expected switch
    {
        ExpectedValue v => Format(v.Value),
        ExpectedNan n => $"({n.Type.ToText()}.const nan:{(n.Kind == NanKind.Canonical ? "canonical" : "arithmetic")})",
        ExpectedUntypedNan u => $"(f32/f64.const nan:{(u.Kind == NanKind.Canonical ? "canonical" : "arithmetic")})",
        ExpectedV128 v => $"(v128.const {v.Shape} {string.Join(" ", v.Lanes.Select(Lane))})",
        ExpectedAnyRef r => r.Type == ValType.FuncRef ? "(ref.func)" : "(ref.extern)",
        _ => expected.ToString() ?? "?",
    };

    /// <summary>A list of expectations, or "(no results)".</summary>
    public static string Format(IReadOnlyList<WastExpected> expected) =>
        expected.Count == 0 ? "(no results)" : string.Join(" ", expected.Select(Format));

    private static string Lane(WastExpected lane) => lane switch
    {
        ExpectedValue { Value.Type: ValType.F32 } v => Float32((uint)v.Value.Low),
        ExpectedValue { Value.Type: ValType.F64 } v => Float64(v.Value.Low),
        ExpectedValue { Value.Type: ValType.I64 } v => unchecked((long)v.Value.Low).ToString(CultureInfo.InvariantCulture),
        ExpectedValue v => unchecked((int)(uint)v.Value.Low).ToString(CultureInfo.InvariantCulture),
        ExpectedNan n => n.Kind == NanKind.Canonical ? "nan:canonical" : "nan:arithmetic",
        _ => "?",
    };

    private static string Float32(uint bits)
    {
        float f = BitConverter.UInt32BitsToSingle(bits);
        string text = float.IsNaN(f) ? $"{(bits >> 31 != 0 ? "-" : "")}nan:0x{bits & 0x7FFFFF:x}" : f.ToString("R", CultureInfo.InvariantCulture);
        return $"{text} (0x{bits:x8})";
    }

    private static string Float64(ulong bits)
    {
        double d = BitConverter.UInt64BitsToDouble(bits);
        string text = double.IsNaN(d) ? $"{(bits >> 63 != 0 ? "-" : "")}nan:0x{bits & 0xF_FFFF_FFFF_FFFF:x}" : d.ToString("R", CultureInfo.InvariantCulture);
        return $"{text} (0x{bits:x16})";
    }
}
