namespace Plumb.Binary;

internal static partial class ModuleReader
{
    /// <summary>The data count section: one u32 (https://webassembly.github.io/spec/core/binary/modules.html#data-count-section).</summary>
    private static uint ReadDataCountSection(ref ByteReader r) => r.ReadU32();
}
