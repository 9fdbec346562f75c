namespace Plumb.Structure;

/// <summary>
/// A block type as its binary s33 (https://webassembly.github.io/spec/core/binary/instructions.html#control-instructions):
/// -64 (0x40) is empty, other negative values are a value type's byte read as a 7-bit signed LEB128 (0x7F = -1), and non-negative
/// values are a type index.
/// </summary>
internal readonly record struct BlockType(long Raw)
{
    /// <summary>The empty block type [] → [].</summary>
    public static BlockType Empty => new(-64);

    /// <summary>[] → [type].</summary>
    public static BlockType Of(ValType type) => new((long)(byte)type - 0x80);

    /// <summary>A type index.</summary>
    public static BlockType OfTypeIndex(uint index) => new(index);

    /// <summary>True for [] → [].</summary>
    public bool IsEmpty => Raw == -64;

    /// <summary>True for a single result value type.</summary>
    public bool IsValueType => Raw < 0 && Raw != -64;

    /// <summary>True when the block type names a function type.</summary>
    public bool IsTypeIndex => Raw >= 0;

    /// <summary>The value type (when <see cref="IsValueType"/>).</summary>
    public ValType ValueType => (ValType)(byte)(Raw & 0x7F);

    /// <summary>The type index (when <see cref="IsTypeIndex"/>).</summary>
    public uint TypeIndex => (uint)Raw;
}
