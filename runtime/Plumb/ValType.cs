namespace Plumb;

/// <summary>
/// A WebAssembly value type, valued by its binary encoding
/// (https://webassembly.github.io/spec/core/binary/types.html#value-types).
/// </summary>
public enum ValType : byte
{
    /// <summary>32-bit integer.</summary>
    I32 = 0x7F,
    /// <summary>64-bit integer.</summary>
    I64 = 0x7E,
    /// <summary>32-bit IEEE 754 float.</summary>
    F32 = 0x7D,
    /// <summary>64-bit IEEE 754 float.</summary>
    F64 = 0x7C,
    /// <summary>128-bit vector.</summary>
    V128 = 0x7B,
    /// <summary>Nullable reference to a function.</summary>
    FuncRef = 0x70,
    /// <summary>Nullable opaque host reference.</summary>
    ExternRef = 0x6F,
}

/// <summary>Helpers over <see cref="ValType"/>.</summary>
public static class ValTypes
{
    /// <summary>True for funcref and externref.</summary>
    public static bool IsReference(this ValType type) => type is ValType.FuncRef or ValType.ExternRef;

    /// <summary>True for i32, i64, f32, f64.</summary>
    public static bool IsNumeric(this ValType type) => type is ValType.I32 or ValType.I64 or ValType.F32 or ValType.F64;

    /// <summary>True if the byte encodes a Core 2.0 value type.</summary>
    public static bool IsDefined(byte encoding) =>
        encoding is 0x7F or 0x7E or 0x7D or 0x7C or 0x7B or 0x70 or 0x6F;

    /// <summary>The text-format name: <c>i32</c>, <c>funcref</c>, ...</summary>
    public static string ToText(this ValType type) => type switch
    {
        ValType.I32 => "i32",
        ValType.I64 => "i64",
        ValType.F32 => "f32",
        ValType.F64 => "f64",
        ValType.V128 => "v128",
        ValType.FuncRef => "funcref",
        ValType.ExternRef => "externref",
        _ => $"<0x{(byte)type:x2}>",
    };
}
