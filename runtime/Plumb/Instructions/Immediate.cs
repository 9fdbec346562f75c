namespace Plumb.Instructions;

/// <summary>
/// The shape of an instruction's immediates. The decoder reads and the encoder writes each shape
/// in one place; <see cref="Structure.Instruction"/> documents where each field lands.
/// </summary>
internal enum Immediate : byte
{
    /// <summary>No immediates.</summary>
    None,
    /// <summary>blocktype (s33): C = raw block type (see <see cref="Structure.BlockType"/>).</summary>
    BlockType,
    /// <summary>labelidx: A.</summary>
    Label,
    /// <summary>vec(labelidx) labelidx: targets in the body's vectors at A, count B including the default, which is last.</summary>
    BrTable,
    /// <summary>funcidx: A.</summary>
    Func,
    /// <summary>typeidx tableidx: A = type, B = table.</summary>
    CallIndirect,
    /// <summary>vec(valtype): types in the body's vectors at A, count B.</summary>
    SelectTypes,
    /// <summary>localidx: A.</summary>
    Local,
    /// <summary>globalidx: A.</summary>
    Global,
    /// <summary>tableidx: A.</summary>
    Table,
    /// <summary>memarg: A = alignment exponent, B = memory index, C = offset.</summary>
    MemArg,
    /// <summary>memidx (a zero byte in Core 2.0): A.</summary>
    Memory,
    /// <summary>i32 (signed LEB128): C = value as unsigned bits.</summary>
    I32,
    /// <summary>i64 (signed LEB128): C = value bits.</summary>
    I64,
    /// <summary>f32: C = IEEE bits (payload preserved).</summary>
    F32,
    /// <summary>f64: C = IEEE bits (payload preserved).</summary>
    F64,
    /// <summary>16 bytes: C = low 8 bytes, D = high 8 bytes (little endian).</summary>
    V128,
    /// <summary>heaptype / reftype: A = type byte.</summary>
    HeapType,
    /// <summary>elemidx: A.</summary>
    Elem,
    /// <summary>dataidx: A.</summary>
    Data,
    /// <summary>dataidx memidx: A = data, B = memory.</summary>
    MemoryInit,
    /// <summary>memidx memidx: A = destination, B = source.</summary>
    MemoryCopy,
    /// <summary>elemidx tableidx: A = element segment, B = table.</summary>
    TableInit,
    /// <summary>tableidx tableidx: A = destination, B = source.</summary>
    TableCopy,
    /// <summary>laneidx (one byte): A.</summary>
    Lane,
    /// <summary>memarg laneidx: A = alignment, B = memory, C = offset, D = lane.</summary>
    MemArgLane,
    /// <summary>16 lane indices: C = low 8 bytes, D = high 8 bytes.</summary>
    Shuffle,
}
