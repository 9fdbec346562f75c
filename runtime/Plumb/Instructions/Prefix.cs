namespace Plumb.Instructions;

/// <summary>The byte that introduces a multi-byte opcode (https://webassembly.github.io/spec/core/binary/instructions.html).</summary>
internal enum Prefix : byte
{
    /// <summary>A single-byte opcode.</summary>
    None = 0,

    /// <summary>Saturating truncation, bulk memory and table instructions.</summary>
    FC = 0xFC,

    /// <summary>Fixed-width SIMD.</summary>
    FD = 0xFD,
}
